using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Stage three of the import: builds stories from the outline and its roles. A question or story title starts a story;
/// the answer blocks under it are sorted into sections: labels first (<c>**Situation:**</c>, <c>S:</c>, STAR tables),
/// then probes ("What was your role?"), follow-up questions with their answers, and unlabelled prose split by cue words.
/// Whatever has no place in a story becomes a warning with its line, so no word is lost.
/// </summary>
internal static class StoryAssembler
{
    public static NotesImport Assemble(NoteOutline outline, IReadOnlyList<NodeRole> roles, string fileName, IEnumerable<ImportWarning> warnings)
    {
        var run = new AssemblyRun(fileName, AcronymKey.Lines(outline)) { Grids = StoryGrid.All(outline) };
        foreach (var warning in warnings)
        {
            run.Warn(warning.Line, warning.Message, warning.Kept);
        }

        for (var i = 0; i < outline.Nodes.Count; i++)
        {
            run.Node(outline.Nodes[i], roles[i]);
        }

        return run.Result();
    }

    /// <summary>The state of one assembly: the story being built, and where its text is going.</summary>
    private sealed class AssemblyRun(string fileName, IReadOnlySet<object> acronymKeyLines)
    {
        private readonly List<ImportedStory> _stories = [];
        private readonly List<ImportWarning> _warnings = [];
        private readonly List<string> _consumed = [];

        /// <summary>Sentences of the narrative being sorted; one list for the whole run.</summary>
        private readonly List<NoteLine> _units = [];

        /// <summary>The last line <see cref="Label"/> read, and its label.</summary>
        private (string? Line, LabelMatch? Label) _lastLabel;
        private StoryBuilder? _story;

        /// <summary>Whether the story being built was opened by text under no question or title (<see cref="NodeRole.OpensStory"/>).</summary>
        private bool _untitled;

        /// <summary>The <c>%% comments %%</c> inside the line being read (one list, reused).</summary>
        private readonly List<string> _inlineComments = [];

        /// <summary>The heading of the section about the interview (not a question) that text is in.</summary>
        private string _skippedTitle = "";

        /// <summary>Stories a question × story grid names, by their heading's line, with their group's category.</summary>
        private readonly Dictionary<int, (StoryGrid Grid, int Column, string? Category)> _gridStories = [];

        /// <summary>The question × story grids of the notes.</summary>
        public IReadOnlyList<StoryGrid> Grids { get; init; } = [];

        public NotesImport Result()
        {
            CloseStory();
            if (_gridStories.Count > 0)
            {
                LinkGridQuestions();
            }

            return new NotesImport
            {
                FileName = fileName,
                Stories = _stories,
                Warnings = _warnings.OrderBy(w => w.Line).ToList(),
                ConsumedStructure = _consumed,
            };
        }

        public void Node(OutlineNode node, NodeRole role)
        {
            var block = node.Block!;
            foreach (var line in block.UnbalancedEmphasisLines)
            {
                Warn(line, "Unbalanced ** or __: an emphasis marker has no partner on this line.");
            }

            // A <summary> names what its <details> holds, as a heading does.
            var isHeading = block.Kind is NoteBlockKind.Heading or NoteBlockKind.Summary or NoteBlockKind.CalloutTitle;
            var text = isHeading ? RoleInference.HeadingText(node) : block.Text;
            if (role.Role == BlockRole.Question && QuestionText.CategoryPrefix(text) is not null)
            {
                // "Conflict: Tell me…": the prefix names the category (read into the role already), not the question.
                _consumed.Add(text[..text.IndexOf(':', StringComparison.Ordinal)]);
            }

            switch (role.Role)
            {
                case BlockRole.Meta when role.Reason == MetaReason.StoryGrid:
                    Grid(block);
                    break;
                case BlockRole.Meta or BlockRole.Ignore:
                    Left(block, text, role.Reason);
                    break;
                case BlockRole.Group:
                    CloseStory();
                    _consumed.Add(text);
                    break;
                case BlockRole.Question when isHeading && QuestionText.IsPlaceholder(text):
                    // "### Q4": the story starts here; its question or title is on the next line.
                    StartStory("", [], block.FirstLine, block.Level, bulletDepth: null, role.Category);
                    _consumed.Add(text);
                    _story!.AwaitsQuestion = true;
                    break;
                case BlockRole.Question when isHeading:
                    var (question, variants) = QuestionText.SplitVariants(text);
                    _consumed.Add(QuestionText.NumberingOf(text));
                    StartStory(question, variants, block.FirstLine, block.Level, bulletDepth: null, role.Category);
                    break;
                case BlockRole.Question:
                    CloseStory();
                    StartInlineQuestion(block, role.Category);
                    break;
                case BlockRole.StoryTitle when block.Kind == NoteBlockKind.EmptyBullet:
                    // "3. " over its answer: a story with no question, titled from its own words when it closes.
                    StartStory("", [], block.FirstLine, headingLevel: 0, bulletDepth: null, role.Category);
                    _consumed.Add(text);
                    _untitled = true;
                    break;
                case BlockRole.StoryTitle:
                    StartStory("", [], block.FirstLine, block.Level, bulletDepth: null, role.Category);
                    _consumed.Add(text);
                    _story!.SetTitle(isHeading ? GridTitle(text, block.FirstLine, role.Category) ?? QuestionText.StoryHeadingTitle(text) ?? QuestionText.Normalize(text) : text, block.FirstLine, block.LastLine);
                    break;
                case BlockRole.SectionLabel when _story is not null && isHeading:
                    SectionLabel(_story, text, block.FirstLine, whole: block.Kind is NoteBlockKind.Summary or NoteBlockKind.CalloutTitle);
                    break;
                case BlockRole.FollowUp when _story is not null && isHeading:
                    HeadingProbe(_story, text, block.FirstLine);
                    break;
                case BlockRole.FollowUp when _story is not null:
                    _story.Explicit = null;
                    StartBulletFollowUp(_story, block, block.Lines[0], block.Lines.AsSpan(1));
                    break;
                case BlockRole.SectionLabel when _story is not null:
                    SectionLabel(_story, block.Lines[0].Text, block.FirstLine);
                    Lines(_story, block, block.Lines.AsSpan(1));
                    break;
                case BlockRole.Notes when _story is not null:
                    _story.OpenFollowUp = null;
                    _story.Append(StorySection.Notes, text, block.FirstLine, block.LastLine);
                    break;
                default:
                    if (_story is null && role.OpensStory)
                    {
                        StartStory("", [], block.FirstLine, headingLevel: 0, bulletDepth: null, category: null);
                        _untitled = true;
                    }

                    if (_story is null)
                    {
                        Left(block, text, MetaReason.OutsideStory);
                    }
                    else if (isHeading)
                    {
                        _story.Append(StorySection.Notes, text, block.FirstLine, block.LastLine);
                    }
                    else
                    {
                        Inside(block);
                    }

                    break;
            }
        }

        /// <summary>
        /// A question × story grid: its cells are structure; a question linked to no story the notes tell is a story of its
        /// own with empty sections, where the grid is.
        /// </summary>
        private void Grid(NoteBlock block)
        {
            CloseStory();
            foreach (var row in block.Rows)
            {
                _consumed.AddRange(row);
            }

            var grid = Grids.First(g => g.Table == block);
            foreach (var row in grid.Rows.Where(r => !grid.Linked(r)))
            {
                StartStory(row.Question, [], row.Line, headingLevel: 0, bulletDepth: null, category: null);
                CloseStory();
            }
        }

        /// <summary>The title of a story heading a grid names ("A — Payments outage" → "Payments outage"), noting the link; else null.</summary>
        private string? GridTitle(string heading, int line, string? category)
        {
            foreach (var grid in Grids)
            {
                if (grid.Names(heading) is { } named)
                {
                    _gridStories[line] = (grid, named.Column, category);
                    return named.Title;
                }
            }

            return null;
        }

        /// <summary>
        /// Gives each story a grid names the questions it is marked for: the first is its question (unless it has one) and
        /// gives its category when no group does; the others are variants.
        /// </summary>
        private void LinkGridQuestions()
        {
            for (var i = 0; i < _stories.Count; i++)
            {
                var story = _stories[i];
                if (!_gridStories.TryGetValue(story.Source.Line, out var link) || link.Grid.QuestionsFor(link.Column) is not [var first, ..] questions)
                {
                    continue;
                }

                var asked = story.Question.Length == 0 ? questions.Skip(1) : questions;
                _stories[i] = story with
                {
                    Question = story.Question.Length == 0 ? first : story.Question,
                    Variants = [.. story.Variants, .. asked.Where(q => !story.Variants.Contains(q) && q != story.Question)],
                    Category = story.Question.Length == 0 ? link.Category ?? CategoryClassifier.FromGroupHeading(first).FirstOrDefault() ?? story.Category : story.Category,
                };
            }
        }

        /// <summary>Text that stays out of the stories, in a warning that says why.</summary>
        private void Left(NoteBlock block, string text, MetaReason reason)
        {
            var line = block.FirstLine;
            switch (reason)
            {
                case MetaReason.FrontMatter:
                    Warn(line, $"YAML front matter skipped: {text}", text);
                    break;
                case MetaReason.EmptyBullet:
                    Warn(line, "Empty bullet: this list item has no text.");
                    break;
                case MetaReason.DocumentTitle:
                    Warn(line, $"Document title \"{text}\" is not a question; skipped.", text);
                    break;
                case MetaReason.NonQuestionSection:
                    CloseStory();
                    _skippedTitle = text;
                    Warn(line, $"\"{text}\" is not an interview question, so its text stays out of the stories.", text);
                    break;
                case MetaReason.InNonQuestionSection:
                    Warn(line, $"\"{_skippedTitle}\" is not an interview question, so this stays out of the stories: {text}", text);
                    break;
                case MetaReason.Chosen:
                    if (block.Kind == NoteBlockKind.Heading)
                    {
                        CloseStory();
                    }

                    Warn(line, $"Left out as you chose: {text}", text);
                    break;
                case MetaReason.EmptyHeading:
                    break;
                case MetaReason.Markup:
                    _consumed.Add(text);
                    if (_story is not null && text.StartsWith("</", StringComparison.Ordinal))
                    {
                        // The closing tag ends the story's part of the notes and what the details held.
                        _story.Touch(line);
                        _story.OpenFollowUp = null;
                    }

                    break;
                default:
                    var where = _stories.Count == 0 && _story is null ? "Text before the first question" : "Text outside any question";
                    if (block.Lines.Length > 1 && block.Lines.All(l => PropertyLine.IsMetadata(l.Text)))
                    {
                        // Page properties and tags ("Status: In progress", "#interview"): one fact a line, one warning each.
                        foreach (var property in block.Lines)
                        {
                            Warn(property.Number, $"{where} is not part of any story: {property.Text}", property.Text);
                        }

                        break;
                    }

                    Warn(line, $"{where} is not part of any story: {text}", text);
                    break;
            }
        }

        /// <summary>A heading that labels a section of the story ("#### Situation").</summary>
        /// <param name="story">The story the label is in.</param>
        /// <param name="text">The heading's or summary's text.</param>
        /// <param name="line">Its line.</param>
        /// <param name="whole">Whether the text is a whole element that can only be a label (a summary), so "S" counts.</param>
        private void SectionLabel(StoryBuilder story, string text, int line, bool whole = false)
        {
            CloseFollowUp();
            var match = whole ? StarLabels.MatchWhole(text) : StarLabels.Match(text, bare: true);
            if (match is { Kind: LabelKind.Answer } letter && story.UsedStarLabels)
            {
                match = AnswerTarget(story, letter);
            }

            if (match is { } label && label.Kind is not (LabelKind.Question or LabelKind.Answer))
            {
                _consumed.Add(text[..label.ContentStart]);
                ApplyLabel(story, label, text[label.ContentStart..], line, line);
                return;
            }

            if (match is { Kind: LabelKind.Answer } answer)
            {
                // "answer": what follows is the answer, sorted by cue words.
                _consumed.Add(text[..answer.ContentStart]);
                story.Explicit = null;
                return;
            }

            // A heading the person marked as a label that is no known label word: its text is kept in notes.
            story.Explicit = null;
            story.Append(StorySection.Notes, text, line, line);
        }

        /// <summary>A heading under the question that asks about the story: a probe for one section, else a follow-up.</summary>
        private void HeadingProbe(StoryBuilder story, string text, int line)
        {
            CloseFollowUp();
            if (QuestionText.SingleSectionProbe(text) is { } section)
            {
                _consumed.Add(text);
                story.Explicit = new LabelTarget(LabelKind.Section, section);
            }
            else
            {
                // "Follow-up: Why not wait?" names itself a follow-up.
                if (StarLabels.Match(text) is { Kind: LabelKind.FollowUps } label)
                {
                    _consumed.Add(text[..label.ContentStart]);
                    text = text[label.ContentStart..];
                }

                story.Explicit = null;
                story.OpenFollowUp = (story.AddFollowUp(QuestionText.Normalize(text), line), 0, true);
            }
        }

        /// <summary>Starts a story at a list item, a <c>Q:</c> label or a lone bold or question line; the rest of the block is its first content.</summary>
        private void StartInlineQuestion(NoteBlock block, string? category)
        {
            var first = block.Lines[0];
            var questionText = first.Text;
            if (Label(first.Text) is { Kind: LabelKind.Question } label)
            {
                _consumed.Add(first.Text[..label.ContentStart]);
                questionText = first.Text[label.ContentStart..];
            }
            else if (block.Kind == NoteBlockKind.Paragraph && CommentText(first.Text) is { Length: > 0 } comment)
            {
                // "// Tell me about…": the marks say it is the person's question, they are not part of it.
                _consumed.Add("//");
                questionText = comment;
            }

            if (QuestionText.NumberingOf(questionText) is { Length: > 0 } numbering)
            {
                _consumed.Add(numbering);
            }

            var (question, variants) = QuestionText.SplitVariants(questionText);
            StartStory(question, variants, first.Number, headingLevel: 0, bulletDepth: block.Kind == NoteBlockKind.Bullet ? block.Depth : null, category);
            if (block.Lines.Length > 1)
            {
                Lines(_story!, block, block.Lines.AsSpan(1));
            }
        }

        /// <summary>A block inside the current question.</summary>
        private void Inside(NoteBlock block)
        {
            var story = _story!;
            if (story.AwaitsQuestion)
            {
                story.AwaitsQuestion = false;
                if (block.Kind == NoteBlockKind.Paragraph && TakesPlace(story, block.Lines[0]))
                {
                    Lines(story, block, block.Lines.AsSpan(1));
                    return;
                }
            }

            if (story.OpenFollowUp is { } open && !open.FromHeading && !BelongsToBullet(block, open.Depth))
            {
                CloseFollowUp();
            }

            if (story.ProbeAnswer is { } probe)
            {
                if (BelongsToBullet(block, probe.Depth))
                {
                    story.Append(probe.Section, block.Text, block.FirstLine, block.LastLine);
                    return;
                }

                story.ProbeAnswer = null;
            }

            if (story.OpenFollowUp is { } answering)
            {
                story.AppendAnswer(answering.Index, AnswerText(block), block.FirstLine, block.LastLine);
                return;
            }

            switch (block.Kind)
            {
                case NoteBlockKind.Bullet:
                    Bullet(story, block);
                    break;
                case NoteBlockKind.Paragraph:
                    if (block.Depth > 0 && story.LastBullet is { } last && block.Depth >= last.Depth && story.Explicit is null)
                    {
                        story.Append(last.Section, block.Text, block.FirstLine, block.LastLine);
                    }
                    else
                    {
                        Lines(story, block, block.Lines);
                    }

                    break;
                case NoteBlockKind.Table when TryStarTable(story, block):
                    break;
                default:
                    story.Append(Target(story), block.Text, block.FirstLine, block.LastLine);
                    break;
            }
        }

        /// <summary>The line after a placeholder heading: a question becomes the story's question, a bold line its title.</summary>
        private static bool TakesPlace(StoryBuilder story, NoteLine line)
        {
            if (QuestionText.IsQuestionLike(line.Text))
            {
                story.SetQuestion(QuestionText.Normalize(line.Text));
                story.Touch(line.Number);
                return true;
            }

            if (QuestionText.IsBoldLine(line.Text))
            {
                story.SetTitle(QuestionText.Normalize(line.Text), line.Number, line.Number);
                return true;
            }

            return false;
        }

        private void Bullet(StoryBuilder story, NoteBlock block)
        {
            var first = block.Lines[0];
            var rest = block.Lines.AsSpan(1);

            if (Label(first.Text) is { } label && label.Kind is not LabelKind.Question)
            {
                _consumed.Add(first.Text[..label.ContentStart]);
                var target = label.Kind == LabelKind.Answer ? AnswerTarget(story, label) : label;
                ApplyLabel(story, target, first.Text[target.ContentStart..], first.Number, first.Number);

                // "- situation: …" with its text on the item labels that item; the next item is read for itself.
                story.LabelledBulletDepth = first.Text[target.ContentStart..].Trim().Length > 0 ? block.Depth : null;
                Lines(story, block, rest);
                return;
            }

            if (story.Explicit is { Kind: LabelKind.FollowUps })
            {
                StartBulletFollowUp(story, block, first, rest);
                return;
            }

            if (story.Explicit is { Kind: LabelKind.Metrics })
            {
                story.AddMetric(block.Text.Trim(), block.LastLine);
                return;
            }

            if (BulletPrompt.Read(first.Text) is { } prompt)
            {
                Prompt(story, block, prompt);
                return;
            }

            if (!QuestionText.IsTaskItem(first.Text) && QuestionText.IsProbe(first.Text))
            {
                if (QuestionText.SingleSectionProbe(first.Text) is { } section)
                {
                    _consumed.Add(first.Text);
                    story.Explicit = null;
                    story.NarrativeSection = section;
                    story.Append(section, NoteBlock.Join(rest), first.Number, block.LastLine);
                    story.ProbeAnswer = (section, block.Depth);
                    return;
                }

                StartBulletFollowUp(story, block, first, rest);
                return;
            }

            if (story.Explicit is { Kind: LabelKind.Section } && story.LabelledBulletDepth == block.Depth)
            {
                story.Explicit = null;
            }

            // The item's cue, read once: the weakness check and the destination both need it unless a label decides.
            var cue = story.Explicit is { Kind: LabelKind.Section } ? null : NarrativeCues.Classify(first.Text);
            var weakness = story.Explicit is null && WeaknessAnswer.Opening(story, cue) == StorySection.Situation;
            var destination = story.Explicit is { Kind: LabelKind.Section } explicitSection
                ? explicitSection.Section
                : weakness ? StorySection.Situation
                : cue ?? (QuestionText.AsksHowYouWork(story.Question) ? StorySection.Action : BulletArc.Next(story.Question, story.NarrativeSection, first.Text));
            if (story.Explicit is null && destination != StorySection.Notes)
            {
                story.NarrativeSection = destination;
            }

            // A label line right under the item with no blank line ("**Results:** …") is the item's lazy continuation in
            // Markdown, yet it starts the next section; so does a sentence of its own whose cue points elsewhere.
            var labelled = FirstLabelledLine(rest);
            if (story.Explicit is null)
            {
                labelled = Math.Min(labelled, FirstSentenceElsewhere(rest, destination));
            }

            var own = block.Lines.AsSpan(0, labelled + 1);
            story.Append(destination, NoteBlock.Join(own), block.FirstLine, own[^1].Number);
            story.LastBullet = (destination, block.Depth);
            if (labelled < rest.Length)
            {
                Lines(story, block, rest[labelled..]);
            }
        }

        /// <summary>
        /// The index in <paramref name="lines"/> of the first line that starts a sentence (a capital letter) whose cue points
        /// to another section than <paramref name="section"/>, or its length.
        /// </summary>
        private static int FirstSentenceElsewhere(ReadOnlySpan<NoteLine> lines, StorySection section)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var text = lines[i].Text.TrimStart();
                if (text.Length > 0 && char.IsUpper(text[0]) && NarrativeCues.Classify(text) is { } cue && cue != section)
                {
                    return i;
                }
            }

            return lines.Length;
        }

        /// <summary>A prompt item ("What went well", "what would I do differently? …"): it labels a section or is a follow-up.</summary>
        private void Prompt(StoryBuilder story, NoteBlock block, (string Prompt, string Answer, StorySection? Section) prompt)
        {
            var rest = block.Lines.AsSpan(1);
            story.Explicit = null;
            story.Touch(block.FirstLine);
            if (prompt.Section is { } section)
            {
                _consumed.Add(prompt.Prompt);
                story.NarrativeSection = section;
                story.Append(section, prompt.Answer, block.FirstLine, block.FirstLine);
                story.Append(section, NoteBlock.Join(rest), block.FirstLine + 1, block.LastLine);
                story.ProbeAnswer = (section, block.Depth);
                return;
            }

            var index = story.AddFollowUp(QuestionText.Normalize(prompt.Prompt), block.FirstLine);
            story.AppendAnswer(index, prompt.Answer, block.FirstLine, block.FirstLine);
            story.AppendAnswer(index, NoteBlock.Join(rest), block.FirstLine + 1, block.LastLine);
            story.OpenFollowUp = (index, block.Depth, false);
        }

        /// <summary>The index in <paramref name="lines"/> of the first line that starts with a section label, or its length.</summary>
        private int FirstLabelledLine(ReadOnlySpan<NoteLine> lines)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (Label(lines[i].Text) is { Kind: not (LabelKind.Question or LabelKind.Answer) })
                {
                    return i;
                }
            }

            return lines.Length;
        }

        private static void StartBulletFollowUp(StoryBuilder story, NoteBlock block, NoteLine first, ReadOnlySpan<NoteLine> rest)
        {
            // "Question? → answer" on one line, as the Markdown export writes follow-ups.
            var question = first.Text;
            var inlineAnswer = "";
            var arrow = question.IndexOf(" → ", StringComparison.Ordinal);
            var arrowLength = 3;
            if (arrow < 0)
            {
                arrow = question.IndexOf(" -> ", StringComparison.Ordinal);
                arrowLength = 4;
            }

            if (arrow > 0)
            {
                inlineAnswer = question[(arrow + arrowLength)..];
                question = question[..arrow];
            }

            var index = story.AddFollowUp(QuestionText.Normalize(question), first.Number);
            story.AppendAnswer(index, inlineAnswer, first.Number, first.Number);
            story.AppendAnswer(index, NoteBlock.Join(rest), rest.Length > 0 ? rest[0].Number : first.Number, block.LastLine);
            story.OpenFollowUp = (index, block.Depth, false);
        }

        /// <summary>Lines of a paragraph or item: labels switch the section; unlabelled runs are narrative.</summary>
        private void Lines(StoryBuilder story, NoteBlock block, ReadOnlySpan<NoteLine> lines)
        {
            // The unlabelled run is lines[runStart..i]: every other kind of line ends it first, so it needs no list of its own.
            var runStart = 0;
            var inObsidianComment = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (inObsidianComment)
                {
                    runStart = i + 1;
                    inObsidianComment = !ObsidianComment.Closes(line.Text, out var inside);
                    Comment(story, inside, line.Number);
                    continue;
                }

                if ((CommentText(line.Text) ?? ObsidianComment.Whole(line.Text)) is { } comment)
                {
                    Narrative(story, block.ProtectedRanges, lines[runStart..i]);
                    runStart = i + 1;
                    Comment(story, comment, line.Number);
                    continue;
                }

                if (line.Text.Contains(ObsidianComment.Marker, StringComparison.Ordinal)
                    && ObsidianComment.WithoutInline(line.Text, _inlineComments) is { } uncommented)
                {
                    // The rest of the line is read as if the comments were not there; then the comments go to notes.
                    Narrative(story, block.ProtectedRanges, lines[runStart..i]);
                    runStart = i + 1;
                    string[] comments = [.. _inlineComments];
                    _inlineComments.Clear();
                    Lines(story, block, [new NoteLine(line.Number, line.Offset, uncommented)]);
                    story = _story!;
                    foreach (var inline in comments)
                    {
                        Comment(story, inline, line.Number);
                    }

                    continue;
                }

                _inlineComments.Clear();
                if (ObsidianComment.Opens(line.Text, out var opening))
                {
                    Narrative(story, block.ProtectedRanges, lines[runStart..i]);
                    runStart = i + 1;
                    inObsidianComment = true;
                    Comment(story, opening, line.Number);
                    continue;
                }

                if (PropertyLine.Categories(line.Text) is { } categories)
                {
                    // "#conflict", "Category: Impact": names the story's category; structure, not a sentence of it.
                    Narrative(story, block.ProtectedRanges, lines[runStart..i]);
                    runStart = i + 1;
                    _consumed.Add(line.Text);
                    story.Answers([], categories);
                    story.Touch(line.Number);
                    continue;
                }

                var label = Label(line.Text);
                if (label is { Kind: LabelKind.Question })
                {
                    Narrative(story, block.ProtectedRanges, lines[runStart..i]);
                    runStart = i + 1;
                    CloseStory();
                    _consumed.Add(line.Text[..label.Value.ContentStart]);
                    var (question, variants) = QuestionText.SplitVariants(line.Text[label.Value.ContentStart..]);
                    StartStory(question, variants, line.Number, 0, null, story.GroupCategory);
                    story = _story!;
                    continue;
                }

                if (label is { } found)
                {
                    Narrative(story, block.ProtectedRanges, lines[runStart..i]);
                    runStart = i + 1;
                    _consumed.Add(line.Text[..found.ContentStart]);
                    var target = found.Kind == LabelKind.Answer ? AnswerTarget(story, found) : found;
                    ApplyLabel(story, target, line.Text[target.ContentStart..], line.Number, line.Number);
                    continue;
                }

                if (story.Explicit is { } explicitTarget)
                {
                    Narrative(story, block.ProtectedRanges, lines[runStart..i]);
                    runStart = i + 1;
                    AppendTo(story, explicitTarget, line.Text, line.Number, line.Number);
                }
            }

            Narrative(story, block.ProtectedRanges, lines[runStart..]);
        }

        /// <summary>The text of a <c>//</c> comment line, or null.</summary>
        private static string? CommentText(string line)
        {
            var trimmed = line.TrimStart();
            return trimmed.StartsWith("//", StringComparison.Ordinal) ? trimmed[2..].Trim() : null;
        }

        /// <summary>A <c>//</c> comment: the person's aside, kept in notes; "// follow-up: question -> answer" is a follow-up.</summary>
        private void Comment(StoryBuilder story, string comment, int line)
        {
            if (comment.Length == 0)
            {
                story.Touch(line);
                return;
            }

            if (StarLabels.Match(comment) is { Kind: LabelKind.FollowUps } label)
            {
                _consumed.Add(comment[..label.ContentStart]);
                var question = comment[label.ContentStart..];
                var answer = "";
                foreach (var arrow in (ReadOnlySpan<string>)[" -> ", " → "])
                {
                    var at = question.IndexOf(arrow, StringComparison.Ordinal);
                    if (at > 0)
                    {
                        answer = question[(at + arrow.Length)..];
                        question = question[..at];
                        break;
                    }
                }

                var index = story.AddFollowUp(QuestionText.Normalize(question), line);
                story.AppendAnswer(index, answer, line, line);
                return;
            }

            story.Append(StorySection.Notes, comment, line, line);
        }

        /// <summary>Unlabelled lines: sentences go where their cue words point, else where the previous one went.</summary>
        private void Narrative(StoryBuilder story, IReadOnlyList<(int Start, int End)> protectedRanges, ReadOnlySpan<NoteLine> lines)
        {
            if (lines.Length == 0)
            {
                return;
            }

            _units.Clear();
            NarrativeCues.Split(lines, protectedRanges, _units);

            // "Was sind Ihre Stärken?" answered with a claim and no story told: about the person, so notes.
            var aboutThePerson = story.AboutThePerson || (story.AsksForAStrength && _units.TrueForAll(u => NarrativeCues.Classify(u.Text) is null));
            foreach (var unit in _units)
            {
                if (NoteToSelf.Is(unit.Text) || aboutThePerson)
                {
                    // A reminder to oneself, or an answer about the person: not part of a story told.
                    story.Append(StorySection.Notes, unit.Text, unit.Number, unit.Number);
                    continue;
                }

                var cue = WeaknessAnswer.Opening(story, NarrativeCues.Classify(unit.Text));
                var section = cue ?? NarrativeCues.AfterAction(story.NarrativeSection, unit.Text) ?? story.NarrativeSection ?? StorySection.Situation;
                story.NarrativeSection = section;

                // A sentence of a hard-wrapped paragraph may run over several lines.
                story.Append(section, unit.Text, unit.Number, unit.Number + unit.Text.AsSpan().Count('\n'));
            }
        }

        private void ApplyLabel(StoryBuilder story, LabelMatch label, string rest, int firstLine, int lastLine)
        {
            story.OpenFollowUp = null;
            story.LabelledBulletDepth = null;
            if (label.Kind == LabelKind.Answer)
            {
                // "A:" right after "Q:": the answer is narrative, sorted by cue words.
                story.Explicit = null;
                story.AnswerLabelled = true;
                if (rest.Trim().Length > 0)
                {
                    Narrative(story, [], [new NoteLine(firstLine, 0, rest)]);
                }

                return;
            }

            if (label.Kind == LabelKind.Answers)
            {
                // "Questions: conflict, failure": structure, not narrative; the text after it is unlabelled again.
                _consumed.Add(rest);
                story.Explicit = null;
                var (questions, categories) = AnswersLine.Read(rest);
                story.Answers(questions, categories);
                story.Touch(lastLine);
                return;
            }

            story.Explicit = new LabelTarget(label.Kind, label.Section);
            if (label.Kind == LabelKind.Section)
            {
                story.NarrativeSection = label.Section;
                story.UsedStarLabels = true;
            }

            AppendTo(story, story.Explicit.Value, rest, firstLine, lastLine);
        }

        private static void AppendTo(StoryBuilder story, LabelTarget target, string text, int firstLine, int lastLine)
        {
            switch (target.Kind)
            {
                case LabelKind.Title:
                    story.SetTitle(text, firstLine, lastLine);
                    break;
                case LabelKind.Metrics:
                    foreach (var metric in text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        story.AddMetric(metric, lastLine);
                    }

                    break;
                case LabelKind.FollowUps:
                    if (text.Trim().Length > 0)
                    {
                        var index = story.AddFollowUp(QuestionText.Normalize(text), firstLine);
                        story.OpenFollowUp = (index, 0, true);
                    }

                    break;
                default:
                    story.Append(target.Section, text, firstLine, lastLine);
                    break;
            }
        }

        /// <summary>"A:" answers the question, unless it follows "S:" or "T:", where it is the Action letter.</summary>
        private static LabelMatch AnswerTarget(StoryBuilder story, LabelMatch answer) =>
            !story.UsedStarLabels
                ? answer
                : answer with { Kind = LabelKind.Section, Section = StorySection.Action };

        /// <summary>A two-column table whose first column holds STAR labels; other rows go to notes.</summary>
        private bool TryStarTable(StoryBuilder story, NoteBlock table)
        {
            if ((StarTable.ByColumns(table) ?? StarTable.StoryColumns(table)) is { } stories)
            {
                TableStories(story, table, stories);
                return true;
            }

            var labelled = table.Rows.Count(r => r.Count >= 2 && TableLabel(r[0]) is not null);
            if (labelled == 0)
            {
                return false;
            }

            for (var i = 0; i < table.Rows.Count; i++)
            {
                var row = table.Rows[i];
                var line = table.Lines[Math.Min(i == 0 ? 0 : i + 1, table.Lines.Length - 1)].Number;
                var content = string.Join(" ", row.Skip(1)).Trim();
                if (row.Count > 0 && TableLabel(row[0]) is { } label)
                {
                    _consumed.Add(row[0]);
                    AppendTo(story, new LabelTarget(label.Kind, label.Section), content, line, line);
                }
                else if (i == 0)
                {
                    // The header row ("| Part | What happened |") only names the columns.
                    _consumed.Add(string.Join(" ", row));
                }
                else
                {
                    story.Append(StorySection.Notes, string.Join(" ", row).Trim(), line, line);
                }
            }

            story.Explicit = null;
            return true;
        }

        /// <summary>
        /// A STAR table with labels as column headers or with one column per story: the first story is the one at hand,
        /// each further one another story of the same question.
        /// </summary>
        private void TableStories(StoryBuilder story, NoteBlock table, List<StarTable.TableStory> stories)
        {
            _consumed.AddRange(table.Rows[0]);
            _consumed.AddRange(table.Rows.Skip(1).Where(r => r.Count > 0 && StarTable.Label(r[0], whole: true) is not null).Select(r => r[0]));
            for (var i = 0; i < stories.Count; i++)
            {
                if (i > 0)
                {
                    StartStory(story.Question, story.Variants, story.Line, story.HeadingLevel, story.BulletDepth, story.GroupCategory);
                    story = _story!;
                }

                var read = stories[i];
                if (read.Title.Length > 0)
                {
                    story.SetTitle(read.Title, read.Line, read.Line);
                }

                foreach (var (label, text, line) in read.Parts)
                {
                    AppendTo(story, new LabelTarget(label.Kind, label.Section), text, line, line);
                }

                foreach (var (text, line) in read.Unlabelled)
                {
                    story.Append(StorySection.Notes, text, line, line);
                }

                story.Explicit = null;
            }
        }

        private static LabelMatch? TableLabel(string cell) => StarTable.Label(cell);

        private static StorySection Target(StoryBuilder story) =>
            story.Explicit is { Kind: LabelKind.Section } target ? target.Section : story.NarrativeSection ?? StorySection.Notes;

        private static bool BelongsToBullet(NoteBlock block, int bulletDepth) =>
            block.Depth > bulletDepth || (block.Depth == bulletDepth && block.Kind != NoteBlockKind.Bullet && bulletDepth > 0);

        private static string AnswerText(NoteBlock block) => block.Text;

        private void StartStory(string question, IReadOnlyList<string> variants, int line, int headingLevel, int? bulletDepth, string? category)
        {
            CloseStory();
            _story = new StoryBuilder(question, variants, line)
            {
                HeadingLevel = headingLevel,
                BulletDepth = bulletDepth,
                GroupCategory = category,
            };
        }

        /// <summary>
        /// <see cref="StarLabels.Match"/> for a line of a block. A block's first line is asked more than once (does it start
        /// a question, then which label it has), so the last answer is kept.
        /// </summary>
        private LabelMatch? Label(string line)
        {
            if (!ReferenceEquals(line, _lastLabel.Line))
            {
                // "R - risks:" in a key that spells its letters out: text, not a label.
                _lastLabel = (line, acronymKeyLines.Contains(line) ? null : StarLabels.Match(line));
            }

            return _lastLabel.Label;
        }

        private void CloseFollowUp()
        {
            if (_story is not null)
            {
                _story.OpenFollowUp = null;
            }
        }

        private void CloseStory()
        {
            if (_story is null)
            {
                return;
            }

            var story = _story.Build(fileName, _story.NamedCategory ?? _story.GroupCategory);
            _stories.Add(_untitled ? StorylessNotes.Titled(story) : story);
            _story = null;
            _untitled = false;
        }

        public void Warn(int line, string message, string kept = "") => _warnings.Add(new ImportWarning(line, message) { Kept = kept });
    }
}
