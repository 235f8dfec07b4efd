namespace StoryBank.Core.Import;

/// <summary>
/// Stage two of the import: one role per outline node. A heading's role depends on its level's siblings and on what
/// follows it; a list item or paragraph starts a story when it reads as a question where a question can start.
/// The person's corrections (<see cref="RoleChoices"/>) win over what is inferred.
/// </summary>
internal static class RoleInference
{
    public static NodeRole[] Infer(NoteOutline outline, RoleChoices? choices = null)
    {
        choices ??= RoleChoices.None;
        var byLine = new Dictionary<int, BlockRole>();
        foreach (var block in choices.Blocks)
        {
            byLine[block.Line] = block.Role;
        }

        var walk = new Walk(outline, LevelProfile.Of(outline));
        var roles = new NodeRole[outline.Nodes.Count];
        for (var i = 0; i < roles.Length; i++)
        {
            var node = outline.Nodes[i];
            roles[i] = walk.Next(node, choices.For(node, byLine));
        }

        return roles;
    }

    /// <summary>
    /// The roles in the roles-file format: every heading and list item, every other block whose role is not plain answer
    /// text, and each level whose headings or items all have one role.
    /// </summary>
    public static RoleChoices Describe(NoteOutline outline, IReadOnlyList<NodeRole> roles)
    {
        var blocks = new List<BlockChoice>();
        var levels = new Dictionary<string, BlockRole?>();
        for (var i = 0; i < roles.Count; i++)
        {
            var node = outline.Nodes[i];
            var key = RoleChoices.LevelKey(node);
            if (key is not null)
            {
                // null marks a level whose blocks disagree.
                levels[key] = levels.TryGetValue(key, out var seen) && seen != roles[i].Role ? null : roles[i].Role;
            }

            if (key is not null || roles[i].Role != BlockRole.Answer)
            {
                var text = node.Kind == NoteBlockKind.Heading ? HeadingText(node) : node.FirstText;
                blocks.Add(new BlockChoice(node.Line, roles[i].Role)
                {
                    Level = key ?? node.Kind.ToString().ToLowerInvariant(),
                    Text = text.Length > 80 ? text[..80] + "…" : text,
                });
            }
        }

        return new RoleChoices
        {
            Levels = levels.Where(l => l.Value is not null).OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary(l => l.Key, l => l.Value!.Value),
            Blocks = blocks,
        };
    }

    /// <summary>
    /// The walk in document order. What it keeps is only what decides roles: whether a story is open and where it started,
    /// the open groups and a section that is not about questions.
    /// </summary>
    private sealed class Walk(NoteOutline outline, LevelProfile levels)
    {
        private readonly List<(int Level, string[] Categories)> _groups = [];
        private bool _storyOpen;
        private int _storyHeadingLevel;
        private int? _storyBulletDepth;
        private int _started;
        private int? _skippedLevel;
        private bool _sawHeading;
        private bool _placeholderOpen;
        private bool _storyByComment;
        private string _storyQuestion = "";
        private OutlineNode? _promptListOwner;
        private bool _storyTitled;
        private readonly List<StoryGrid> _grids = StoryGrid.All(outline);

        /// <param name="node">The next node in document order.</param>
        /// <param name="chosen">The role the person chose for it, if any: it wins unless it is what inference says anyway.</param>
        public NodeRole Next(OutlineNode node, BlockRole? chosen)
        {
            var inferred = node.Kind switch
            {
                NoteBlockKind.FrontMatter => new NodeRole(BlockRole.Meta, Reason: MetaReason.FrontMatter),
                NoteBlockKind.Heading => Heading(node),
                NoteBlockKind.EmptyBullet when _skippedLevel is null && NumberedGap.Opens(node, outline) => StartStory(BlockRole.StoryTitle, "", 0, bulletDepth: null),
                NoteBlockKind.EmptyBullet => new NodeRole(BlockRole.Ignore, Reason: MetaReason.EmptyBullet),
                _ => Content(node),
            };
            return chosen is { } role && role != inferred.Role && !(inferred.Reason == MetaReason.EmptyHeading) ? Forced(node, role) : inferred;
        }

        private NodeRole Heading(OutlineNode node)
        {
            var text = HeadingText(node);
            var level = node.Level;
            _placeholderOpen = false;
            if (text.Length == 0)
            {
                return new NodeRole(BlockRole.Ignore, Reason: MetaReason.EmptyHeading);
            }

            if (_skippedLevel is { } skipped && level > skipped)
            {
                return new NodeRole(BlockRole.Meta, Reason: MetaReason.InNonQuestionSection);
            }

            _skippedLevel = null;
            var isFirstHeading = !_sawHeading;
            _sawHeading = true;

            // A heading a question × story grid names is a story; one that only holds the grid is structure.
            if (_grids.Count > 0 && _grids.Any(g => g.Names(text) is not null))
            {
                PopGroups(level);
                return StartStory(BlockRole.StoryTitle, text, level, bulletDepth: null);
            }

            if (_grids.Count > 0 && HoldsOnlyGrids(node))
            {
                PopGroups(level);
                return Group(node, text, level);
            }

            if (_storyOpen && StarLabels.Match(text, bare: true) is { Kind: not (LabelKind.Question or LabelKind.Answer or LabelKind.Answers) })
            {
                return new NodeRole(BlockRole.SectionLabel);
            }

            if (QuestionText.IsNonQuestionSection(text) && !(QuestionText.OnlyNamesTheFormat(text) && HoldsQuestions(node)))
            {
                _storyOpen = false;
                _skippedLevel = level;
                return new NodeRole(BlockRole.Meta, Reason: MetaReason.NonQuestionSection);
            }

            if (QuestionText.StoryHeadingTitle(text) is not null || NamesWhatItAnswers(node))
            {
                return StartStory(BlockRole.StoryTitle, text, level, bulletDepth: null);
            }

            if (_storyOpen && _storyHeadingLevel > 0 && level > _storyHeadingLevel && (QuestionText.IsProbe(text) || ProbeSiblings.ContinuesProbes(node)))
            {
                return new NodeRole(BlockRole.FollowUp);
            }

            if (_storyOpen && _storyHeadingLevel > 0 && level > _storyHeadingLevel && !QuestionText.IsQuestionLike(text) && AnswerPartHeading.Is(text, _storyQuestion))
            {
                return new NodeRole(BlockRole.Answer);
            }

            if (_storyOpen && ReferenceHeading.Is(text))
            {
                return new NodeRole(BlockRole.Notes);
            }

            // "### Example" under "## Story A · Payments": a story named by its heading has parts, not questions, below it.
            if (_storyOpen && _storyTitled && _storyHeadingLevel > 0 && level > _storyHeadingLevel && !QuestionText.IsQuestionLike(text))
            {
                return new NodeRole(BlockRole.Answer);
            }

            if (AdviceHeading.Is(text))
            {
                _storyOpen = false;
                _skippedLevel = level;
                return new NodeRole(BlockRole.Meta, Reason: MetaReason.NonQuestionSection);
            }

            var next = node.Index + 1 < outline.Nodes.Count ? outline.Nodes[node.Index + 1] : null;
            var hasOwnContent = next is not null && next.Kind is not (NoteBlockKind.Heading or NoteBlockKind.FrontMatter);
            var nextIsDeeper = next is { Kind: NoteBlockKind.Heading } && next.Level > level;
            var questionLike = QuestionText.IsQuestionLike(text);

            if (isFirstHeading && level == 1 && !questionLike && _started - (_storyOpen ? 1 : 0) == 0)
            {
                return new NodeRole(BlockRole.Meta, Reason: MetaReason.DocumentTitle);
            }

            if (isFirstHeading && !questionLike && QuestionText.OnlyNamesTheFormat(text))
            {
                return new NodeRole(BlockRole.Meta, Reason: MetaReason.DocumentTitle);
            }

            PopGroups(level);
            var questionList = IsQuestionList(node, out var onlyPrompts);

            // "### Why us" over "* Why Shopify?": a heading that asks nothing itself ("?") over items that each ask for
            // an answer of their own is their topic, even when its words could open a question.
            if ((!questionLike && ((!hasOwnContent && nextIsDeeper && !levels.IsQuestionLevel(node)) || questionList))
                || (onlyPrompts && !text.TrimEnd(QuestionEnd).EndsWith('?') && !text.TrimEnd(QuestionEnd).EndsWith('？')))
            {
                return Group(node, text, level);
            }

            _placeholderOpen = QuestionText.IsPlaceholder(text);
            return StartStory(BlockRole.Question, text, level, bulletDepth: null);
        }

        private NodeRole Content(OutlineNode node)
        {
            if (node.Kind == NoteBlockKind.Table && _grids.Any(g => g.Table == node.Block))
            {
                return new NodeRole(BlockRole.Meta, Reason: MetaReason.StoryGrid);
            }

            if (_skippedLevel is not null)
            {
                return new NodeRole(BlockRole.Meta, Reason: MetaReason.InNonQuestionSection);
            }

            switch (node.Kind)
            {
                case NoteBlockKind.Markup:
                    return new NodeRole(BlockRole.Ignore, Reason: MetaReason.Markup);
                case NoteBlockKind.Summary:
                    return Summary(node.FirstText);
                case NoteBlockKind.CalloutTitle:
                    return CalloutTitle(node);
            }

            var block = node.Block!;
            if (_placeholderOpen)
            {
                // The line after "### Q4" is that story's question or title, not a new story.
                _placeholderOpen = false;
                if (block.Kind == NoteBlockKind.Paragraph)
                {
                    return new NodeRole(BlockRole.Answer);
                }
            }

            if (block.Kind is not (NoteBlockKind.Bullet or NoteBlockKind.Paragraph))
            {
                return _storyOpen ? new NodeRole(BlockRole.Answer) : new NodeRole(BlockRole.Meta, Reason: MetaReason.OutsideStory);
            }

            // A list of questions asking for stories of their own under a question heading: each item is a question.
            // Once the list is read so, its other items are questions too, however they are worded.
            var inPromptList = _storyOpen && block.Kind == NoteBlockKind.Bullet && block.Depth == 1 && node.Parent is { Kind: NoteBlockKind.Heading } owner
                && ((_promptListOwner == owner && !QuestionText.IsTaskItem(block.Lines[0].Text) && StarLabels.Match(block.Lines[0].Text) is null)
                    || (_storyHeadingLevel > 0 && _storyBulletDepth is null && QuestionText.IsQuestionLike(block.Lines[0].Text) && StoryPromptList.Holds(node)));
            if (inPromptList || (_storyOpen ? ContinuesWithQuestion(block) : StartsQuestion(block)))
            {
                var started = StartStory(BlockRole.Question, BlockText(block), 0, block.Kind == NoteBlockKind.Bullet ? block.Depth : null);
                _storyByComment = CommentQuestion.Is(block);
                _promptListOwner = inPromptList ? node.Parent : null;
                return started;
            }

            if (!_storyOpen)
            {
                return new NodeRole(BlockRole.Meta, Reason: MetaReason.OutsideStory);
            }

            // A "Q:" line further down the block starts a story that is no list item (assembly starts it).
            for (var i = 1; i < block.Lines.Length; i++)
            {
                if (StarLabels.Match(block.Lines[i].Text) is { Kind: LabelKind.Question })
                {
                    _started++;
                    (_storyHeadingLevel, _storyBulletDepth) = (0, null);
                }
            }

            return new NodeRole(BlockRole.Answer);
        }

        /// <summary>
        /// A heading whose first line beneath names what the story answers ("### 1. Payments outage" over "LPs: Ownership"):
        /// the heading names the story, the line gives its questions.
        /// </summary>
        private bool NamesWhatItAnswers(OutlineNode heading)
        {
            var next = heading.Index + 1 < outline.Nodes.Count ? outline.Nodes[heading.Index + 1] : null;
            return next is { Kind: NoteBlockKind.Paragraph or NoteBlockKind.Bullet } && next.Parent == heading
                && StarLabels.Match(next.FirstText) is { Kind: LabelKind.Answers };
        }

        /// <summary>
        /// A <c>&lt;summary&gt;</c>: inside a story a STAR label, "answer" or "Follow-up: …" labels what its details hold;
        /// otherwise it is the question the details answer.
        /// </summary>
        private NodeRole Summary(string text)
        {
            if (_storyOpen && StarLabels.MatchWhole(text) is { Kind: not (LabelKind.Question or LabelKind.Answers) } label)
            {
                return new NodeRole(label.Kind == LabelKind.FollowUps ? BlockRole.FollowUp : BlockRole.SectionLabel);
            }

            return _storyOpen && !QuestionText.IsQuestionLike(text) ? new NodeRole(BlockRole.Answer) : StartStory(BlockRole.Question, text, 0, bulletDepth: null);
        }

        /// <summary>
        /// An Obsidian callout's title: in a story a STAR label labels what the callout holds, a question callout or a
        /// question is a follow-up, anything else is text of the story; outside a story a question starts one.
        /// </summary>
        private NodeRole CalloutTitle(OutlineNode node)
        {
            var text = node.FirstText;
            if (!_storyOpen)
            {
                return QuestionText.IsQuestionLike(text) ? StartStory(BlockRole.Question, text, 0, bulletDepth: null) : new NodeRole(BlockRole.Meta, Reason: MetaReason.OutsideStory);
            }

            var asks = node.Index > 0 && outline.Nodes[node.Index - 1] is { Kind: NoteBlockKind.Markup } marker
                && ObsidianCallout.Header(marker.FirstText) is { } header && ObsidianCallout.Asks(header.Type);
            return StarLabels.MatchWhole(text) switch
            {
                { Kind: LabelKind.FollowUps } => new NodeRole(BlockRole.FollowUp),
                { Kind: not (LabelKind.Question or LabelKind.Answer or LabelKind.Answers) } => new NodeRole(BlockRole.SectionLabel),
                _ when asks || QuestionText.IsQuestionLike(text) => new NodeRole(BlockRole.FollowUp),
                _ => new NodeRole(BlockRole.Answer),
            };
        }

        /// <summary>Whether a heading's own text is nothing but question × story grids.</summary>
        private bool HoldsOnlyGrids(OutlineNode heading)
        {
            var content = heading.Children.TakeWhile(c => c.Kind != NoteBlockKind.Heading).ToList();
            return content.Count > 0 && content.All(c => _grids.Any(g => g.Table == c.Block));
        }

        /// <summary>Whether a heading's section holds a question: a heading or list item under it that reads as one, or a story heading.</summary>
        private static bool HoldsQuestions(OutlineNode heading)
        {
            var pending = new Stack<OutlineNode>(heading.Children);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (node.Kind is NoteBlockKind.Heading or NoteBlockKind.Bullet && QuestionText.IsQuestionLike(node.FirstText))
                {
                    return true;
                }

                // "# My stories (STAR)" over "## Story A · Payments": stories it holds make it the title as questions do.
                if (node.Kind == NoteBlockKind.Heading && QuestionText.StoryHeadingTitle(HeadingText(node)) is not null)
                {
                    return true;
                }

                foreach (var child in node.Children)
                {
                    pending.Push(child);
                }
            }

            return false;
        }

        /// <summary>
        /// A topic whose own text is only a list of questions ("## Failure" over "- Tell me about a time you failed"): at
        /// least two of its top items, and most of them, read as questions (task items and labels never do); or every item
        /// asks for a story ("Tell me about…", "Describe…"), which is never a probe of the heading, so one such item will do.
        /// </summary>
        private static bool IsQuestionList(OutlineNode heading, out bool onlyPrompts)
        {
            onlyPrompts = false;
            int items = 0, questions = 0, prompts = 0;
            foreach (var child in heading.Children)
            {
                if (child.Kind == NoteBlockKind.Heading)
                {
                    break;
                }

                if (child.Kind != NoteBlockKind.Bullet)
                {
                    // Text of its own before or between the items: the heading asks, the items probe.
                    return false;
                }

                items++;
                var text = child.FirstText;
                if (!QuestionText.IsTaskItem(text) && StarLabels.Match(text) is null && QuestionText.IsQuestionLike(text))
                {
                    questions++;
                    prompts += QuestionText.IsPrompt(text) ? 1 : 0;
                }
            }

            onlyPrompts = items > 0 && prompts == items;
            return (questions >= 2 && questions * 2 > items) || onlyPrompts;
        }

        /// <summary>Outside a story: a question item, a <c>Q:</c> line, or a lone line that is a bold or asked question.</summary>
        private static bool StartsQuestion(NoteBlock block)
        {
            var first = block.Lines[0].Text;
            return StarLabels.Match(first) is { Kind: LabelKind.Question }
                || (block.Kind == NoteBlockKind.Bullet && !QuestionText.IsTaskItem(first) && QuestionText.IsQuestionLike(first))
                || (block.Kind == NoteBlockKind.Paragraph && block.Lines.Length == 1 && QuestionText.IsQuestionLike(first)
                    && (QuestionText.IsBoldLine(first) || first.TrimEnd().EndsWith('?')))
                || IsUnspacedQuestionHeading(block)
                || CommentQuestion.Is(block)
                || NumberedQuestionLine.Is(block);
        }

        /// <summary>Inside a story: a sibling question item, a <c>Q:</c> line, a bold prompt.</summary>
        private bool ContinuesWithQuestion(NoteBlock block)
        {
            var first = block.Lines[0].Text;
            return block.Kind switch
            {
                NoteBlockKind.Bullet when _storyBulletDepth is { } depth && block.Depth <= depth => QuestionText.IsQuestionLike(first) && !QuestionText.IsTaskItem(first),
                NoteBlockKind.Bullet or NoteBlockKind.Paragraph when StarLabels.Match(first) is { Kind: LabelKind.Question } => true,
                NoteBlockKind.Paragraph when block.Lines.Length == 1 && QuestionText.IsBoldLine(first) && QuestionText.IsPrompt(first) => true,
                NoteBlockKind.Paragraph when NumberedQuestionLine.Is(block) => true,
                NoteBlockKind.Paragraph when CommentQuestion.Is(block) => _storyByComment || CommentQuestion.AsksForItsOwnStory(block),
                NoteBlockKind.Paragraph => IsUnspacedQuestionHeading(block),
                _ => false,
            };
        }

        /// <summary>"##tell me about…" (no space after the marks): a question heading typed as a paragraph.</summary>
        private static bool IsUnspacedQuestionHeading(NoteBlock block) =>
            block.Kind == NoteBlockKind.Paragraph && block.Depth == 0 && UnspacedHeading.Is(block.Lines[0].Text) && QuestionText.IsQuestionLike(block.Lines[0].Text);

        /// <summary>A role the person chose for this block or its level.</summary>
        private NodeRole Forced(OutlineNode node, BlockRole role)
        {
            var headingLevel = node.Level;
            if (node.Kind == NoteBlockKind.Heading && role is not (BlockRole.Meta or BlockRole.Ignore))
            {
                _skippedLevel = null;
            }

            switch (role)
            {
                case BlockRole.Question or BlockRole.StoryTitle:
                    if (node.Kind == NoteBlockKind.Heading)
                    {
                        PopGroups(headingLevel);
                    }

                    return StartStory(role, node.Kind == NoteBlockKind.Heading ? HeadingText(node) : BlockText(node.Block!), headingLevel, node.Kind == NoteBlockKind.Bullet ? node.Depth : null);
                case BlockRole.Group when node.Kind == NoteBlockKind.Heading:
                    PopGroups(headingLevel);
                    return Group(node, HeadingText(node), headingLevel);
                case BlockRole.Meta or BlockRole.Ignore:
                    if (node.Kind == NoteBlockKind.Heading)
                    {
                        _storyOpen = false;
                        if (role == BlockRole.Meta)
                        {
                            // Meta for a heading says what inference says of "## Interview tips": the whole section is
                            // about the interview, so what is under it stays out too (ignore leaves out the heading only).
                            _skippedLevel = headingLevel;
                            return new NodeRole(BlockRole.Meta, Reason: MetaReason.NonQuestionSection);
                        }
                    }

                    return new NodeRole(BlockRole.Ignore, Reason: MetaReason.Chosen);
                case BlockRole.SectionLabel or BlockRole.FollowUp or BlockRole.Notes or BlockRole.Answer when _storyOpen:
                    return new NodeRole(role);
                default:
                    return new NodeRole(BlockRole.Meta, Reason: MetaReason.OutsideStory);
            }
        }

        private NodeRole Group(OutlineNode node, string text, int level)
        {
            _storyOpen = false;
            _groups.Add((level, CategoryClassifier.FromGroupHeading(text)));
            return new NodeRole(BlockRole.Group, _groups[^1].Categories.FirstOrDefault());
        }

        private NodeRole StartStory(BlockRole role, string text, int headingLevel, int? bulletDepth)
        {
            _storyOpen = true;
            _storyByComment = false;
            _promptListOwner = null;
            _storyTitled = role == BlockRole.StoryTitle && headingLevel > 0;
            _storyQuestion = text;
            _started++;
            (_storyHeadingLevel, _storyBulletDepth) = (headingLevel, bulletDepth);
            return new NodeRole(role, CategoryClassifier.ForStory(GroupCategories(), text));
        }

        /// <summary>Levels rise along the list (each group is added after the deeper ones are removed), so those to drop are at its end.</summary>
        private void PopGroups(int level)
        {
            while (_groups.Count > 0 && _groups[^1].Level >= level)
            {
                _groups.RemoveAt(_groups.Count - 1);
            }
        }

        /// <summary>The categories of the innermost enclosing group heading that names any.</summary>
        private string[] GroupCategories()
        {
            for (var i = _groups.Count - 1; i >= 0; i--)
            {
                if (_groups[i].Categories.Length > 0)
                {
                    return _groups[i].Categories;
                }
            }

            return [];
        }
    }

    /// <summary>What may close a question heading after its "?" (quotes, emphasis, a colon).</summary>
    private const string QuestionEnd = "\"”’')*:： ";

    private static string BlockText(NoteBlock block) => block.SpacedText;

    public static string HeadingText(OutlineNode node) => node.Block!.SpacedText;
}
