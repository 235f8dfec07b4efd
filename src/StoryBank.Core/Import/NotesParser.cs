using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Turns a person's Markdown interview notes into stories. The rules are in DESIGN.md ("Import"): questions from headings,
/// list items, <c>Q:</c> labels and bold lines; STAR sections from labels first, then probes, then cue words; every word
/// kept in a field or a warning.
/// </summary>
public static class NotesParser
{
    /// <summary>Reads notes already decoded to text. Never throws on odd Markdown: what it cannot place becomes a warning.</summary>
    /// <param name="text">The notes (a byte-order mark and CRLF line endings are fine).</param>
    /// <param name="fileName">The file name stories record as their source.</param>
    public static NotesImport Parse(string text, string fileName) => Parse(text, fileName, NoteChunks.DefaultSize);

    /// <summary><see cref="Parse(string, string)"/> with large notes parsed in pieces of at least <paramref name="chunkSize"/>.</summary>
    internal static NotesImport Parse(string text, string fileName, int chunkSize)
    {
        text = NormalizeNewlines(text);
        try
        {
            return Walk(NoteBlockReader.Read(text, chunkSize), fileName, flattened: null);
        }
        catch (MarkdownTooDeepException)
        {
            // Markdig's nesting limit: read the same words with the nesting capped.
            var (capped, firstChangedLine) = DeepNesting.Flatten(text);
            var flattened = new ImportWarning(
                Math.Max(1, firstChangedLine),
                $"Lists or quotes nested more than {DeepNesting.MaxDepth} levels deep were flattened to {DeepNesting.MaxDepth} levels; the text is kept.");
            return Walk(NoteBlockReader.Read(capped, chunkSize), fileName, flattened);
        }
    }

    private static NotesImport Walk(IEnumerable<NoteBlock> blocks, string fileName, ImportWarning? flattened)
    {
        var run = new ParseRun(fileName);
        if (flattened is not null)
        {
            run.Warn(flattened.Line, flattened.Message);
        }

        run.Walk(blocks);
        return run.Result();
    }

    private static string NormalizeNewlines(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>The state of one walk over one file's blocks.</summary>
    private sealed class ParseRun(string fileName)
    {
        private readonly List<ImportedStory> _stories = [];
        private readonly List<ImportWarning> _warnings = [];
        private readonly List<string> _consumed = [];
        private readonly List<(int Level, string? Category)> _groups = [];

        /// <summary>Sentences of the narrative being sorted; one list for the whole walk.</summary>
        private readonly List<NoteLine> _units = [];

        /// <summary>The last line <see cref="Label"/> read, and its label.</summary>
        private (string? Line, LabelMatch? Label) _lastLabel;
        private StoryBuilder? _story;
        private (int Level, string Title)? _skipped;
        private bool _sawHeading;

        public NotesImport Result()
        {
            CloseStory();
            return new NotesImport
            {
                FileName = fileName,
                Stories = _stories,
                Warnings = _warnings.OrderBy(w => w.Line).ToList(),
                ConsumedStructure = _consumed,
            };
        }

        public void Walk(IEnumerable<NoteBlock> blocks)
        {
            // One block of lookahead: a heading looks at what follows it.
            using var pending = blocks.GetEnumerator();
            var next = pending.MoveNext() ? pending.Current : null;
            while (next is not null)
            {
                var block = next;
                next = pending.MoveNext() ? pending.Current : null;
                foreach (var line in block.UnbalancedEmphasisLines)
                {
                    Warn(line, "Unbalanced ** or __: an emphasis marker has no partner on this line.");
                }

                switch (block.Kind)
                {
                    case NoteBlockKind.FrontMatter:
                        Warn(block.FirstLine, $"YAML front matter skipped: {block.Text}", block.Text);
                        break;
                    case NoteBlockKind.Heading:
                        Heading(block, next);
                        break;
                    case NoteBlockKind.EmptyBullet:
                        Warn(block.FirstLine, "Empty bullet: this list item has no text.");
                        break;
                    default:
                        if (_skipped is { } skipped)
                        {
                            Warn(block.FirstLine, $"\"{skipped.Title}\" is not an interview question, so this stays out of the stories: {block.Text}", block.Text);
                        }
                        else if (_story is null)
                        {
                            Outside(block);
                        }
                        else
                        {
                            Inside(block);
                        }

                        break;
                }
            }
        }

        private void Heading(NoteBlock heading, NoteBlock? next)
        {
            var text = string.Join(" ", heading.Lines.Select(l => l.Text)).Trim();
            var line = heading.FirstLine;
            if (text.Length == 0)
            {
                return;
            }

            if (_skipped is { } skipped && heading.Level > skipped.Level)
            {
                Warn(line, $"\"{skipped.Title}\" is not an interview question, so this stays out of the stories: {text}", text);
                return;
            }

            _skipped = null;
            var isFirstHeading = !_sawHeading;
            _sawHeading = true;

            if (_story is not null && StarLabels.Match(text, bare: true) is { } label && label.Kind is not (LabelKind.Question or LabelKind.Answer))
            {
                CloseFollowUp();
                _consumed.Add(text[..label.ContentStart]);
                ApplyLabel(_story, label, text[label.ContentStart..], line, line);
                return;
            }

            if (QuestionText.IsNonQuestionSection(text))
            {
                CloseStory();
                _skipped = (heading.Level, text);
                Warn(line, $"\"{text}\" is not an interview question, so its text stays out of the stories.", text);
                return;
            }

            if (QuestionText.StoryHeadingTitle(text) is { } storyTitle)
            {
                StartStory("", [], line, heading.Level, bulletDepth: null);
                _consumed.Add(text);
                _story!.SetTitle(storyTitle, line, line);
                return;
            }

            if (_story is { HeadingLevel: > 0 } story && heading.Level > story.HeadingLevel && QuestionText.IsProbe(text))
            {
                CloseFollowUp();
                if (QuestionText.SingleSectionProbe(text) is { } section)
                {
                    _consumed.Add(text);
                    story.Explicit = new LabelTarget(LabelKind.Section, section);
                }
                else
                {
                    story.Explicit = null;
                    story.OpenFollowUp = (story.AddFollowUp(QuestionText.Normalize(text), line), 0, true);
                }

                return;
            }

            var hasOwnContent = next is not null && next.Kind is not (NoteBlockKind.Heading or NoteBlockKind.FrontMatter);
            var nextIsDeeper = next is { Kind: NoteBlockKind.Heading } && next.Level > heading.Level;
            var questionLike = QuestionText.IsQuestionLike(text);

            if (isFirstHeading && heading.Level == 1 && !questionLike && _stories.Count == 0)
            {
                Warn(line, $"Document title \"{text}\" is not a question; skipped.", text);
                return;
            }

            // Levels rise along the list (each group is added after the deeper ones are removed), so those to drop are at its end.
            while (_groups.Count > 0 && _groups[^1].Level >= heading.Level)
            {
                _groups.RemoveAt(_groups.Count - 1);
            }

            if (!questionLike && !hasOwnContent && nextIsDeeper)
            {
                CloseStory();
                _groups.Add((heading.Level, CategoryClassifier.FromGroupHeading(text)));
                _consumed.Add(text);
                return;
            }

            var (question, variants) = QuestionText.SplitVariants(text);
            StartStory(question, variants, line, heading.Level, bulletDepth: null);
        }

        /// <summary>A block before any question: it may start one (list question, <c>Q:</c>, bold prompt); else a warning.</summary>
        private void Outside(NoteBlock block)
        {
            if (block.Kind is NoteBlockKind.Bullet or NoteBlockKind.Paragraph && TryStartInlineQuestion(block))
            {
                return;
            }

            var where = _stories.Count == 0 ? "Text before the first question" : "Text outside any question";
            Warn(block.FirstLine, $"{where} is not part of any story: {block.Text}", block.Text);
        }

        /// <summary>Starts a question from a list item, a <c>Q:</c> label or a lone bold or question line; the rest of the block is its first content.</summary>
        private bool TryStartInlineQuestion(NoteBlock block)
        {
            var first = block.Lines[0];
            var qLabel = Label(first.Text) is { Kind: LabelKind.Question } q ? q : (LabelMatch?)null;
            var isQuestionItem = block.Kind == NoteBlockKind.Bullet && !IsTaskItem(first.Text) && QuestionText.IsQuestionLike(first.Text);
            var isQuestionLine = block.Kind == NoteBlockKind.Paragraph && block.Lines.Length == 1 && QuestionText.IsQuestionLike(first.Text)
                && (IsBoldLine(first.Text) || first.Text.TrimEnd().EndsWith('?'));
            if (qLabel is null && !isQuestionItem && !isQuestionLine)
            {
                return false;
            }

            var questionText = qLabel is { } label ? first.Text[label.ContentStart..] : first.Text;
            if (qLabel is not null)
            {
                _consumed.Add(first.Text[..qLabel.Value.ContentStart]);
            }

            var (question, variants) = QuestionText.SplitVariants(questionText);
            StartStory(question, variants, first.Number, headingLevel: 0, bulletDepth: block.Kind == NoteBlockKind.Bullet ? block.Depth : null);
            if (block.Lines.Length > 1)
            {
                Lines(_story!, block, block.Lines.AsSpan(1));
            }

            return true;
        }

        /// <summary>A block inside the current question.</summary>
        private void Inside(NoteBlock block)
        {
            var story = _story!;
            var first = block.Lines.Length > 0 ? block.Lines[0] : default;

            // A new question in the middle of a story: a sibling question item, a Q: label, a bold prompt.
            var startsQuestion = block.Kind switch
            {
                NoteBlockKind.Bullet when story.BulletDepth is { } depth && block.Depth <= depth => QuestionText.IsQuestionLike(first.Text) && !IsTaskItem(first.Text),
                NoteBlockKind.Bullet or NoteBlockKind.Paragraph when Label(first.Text) is { Kind: LabelKind.Question } => true,
                NoteBlockKind.Paragraph when block.Lines.Length == 1 && IsBoldLine(first.Text) && QuestionText.IsPrompt(first.Text) => true,
                _ => false,
            };
            if (startsQuestion)
            {
                CloseStory();
                TryStartInlineQuestion(block);
                return;
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

        private void Bullet(StoryBuilder story, NoteBlock block)
        {
            var first = block.Lines[0];
            var rest = block.Lines.AsSpan(1);

            if (Label(first.Text) is { } label && label.Kind is not LabelKind.Question)
            {
                _consumed.Add(first.Text[..label.ContentStart]);
                var target = label.Kind == LabelKind.Answer ? AnswerTarget(story, label) : label;
                ApplyLabel(story, target, first.Text[target.ContentStart..], first.Number, first.Number);
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

            if (!IsTaskItem(first.Text) && QuestionText.IsProbe(first.Text))
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

            var destination = story.Explicit is { Kind: LabelKind.Section } explicitSection
                ? explicitSection.Section
                : NarrativeCues.Classify(first.Text) ?? StorySection.Notes;
            story.Append(destination, block.Text, block.FirstLine, block.LastLine);
            story.LastBullet = (destination, block.Depth);
        }

        private static void StartBulletFollowUp(StoryBuilder story, NoteBlock block, NoteLine first, ReadOnlySpan<NoteLine> rest)
        {
            // "Question? → answer" on one line, as the Markdown export writes follow-ups.
            var question = first.Text;
            var inlineAnswer = "";
            var arrow = question.IndexOf(" → ", StringComparison.Ordinal);
            if (arrow > 0)
            {
                inlineAnswer = question[(arrow + 3)..];
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
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var label = Label(line.Text);
                if (label is { Kind: LabelKind.Question })
                {
                    Narrative(story, block.ProtectedRanges, lines[runStart..i]);
                    runStart = i + 1;
                    CloseStory();
                    _consumed.Add(line.Text[..label.Value.ContentStart]);
                    var (question, variants) = QuestionText.SplitVariants(line.Text[label.Value.ContentStart..]);
                    StartStory(question, variants, line.Number, 0, null);
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

        /// <summary>Unlabelled lines: sentences go where their cue words point, else where the previous one went.</summary>
        private void Narrative(StoryBuilder story, IReadOnlyList<(int Start, int End)> protectedRanges, ReadOnlySpan<NoteLine> lines)
        {
            if (lines.Length == 0)
            {
                return;
            }

            _units.Clear();
            NarrativeCues.Split(lines, protectedRanges, _units);
            foreach (var unit in _units)
            {
                var section = NarrativeCues.Classify(unit.Text) ?? story.NarrativeSection ?? StorySection.Situation;
                story.NarrativeSection = section;
                story.Append(section, unit.Text, unit.Number, unit.Number);
            }
        }

        private void ApplyLabel(StoryBuilder story, LabelMatch label, string rest, int firstLine, int lastLine)
        {
            story.OpenFollowUp = null;
            if (label.Kind == LabelKind.Answer)
            {
                // "A:" right after "Q:": the answer is narrative, sorted by cue words.
                story.Explicit = null;
                if (rest.Trim().Length > 0)
                {
                    Narrative(story, [], [new NoteLine(firstLine, 0, rest)]);
                }

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

        /// <summary>A table's first cell as a label; in a STAR table "A" is Action.</summary>
        private static LabelMatch? TableLabel(string cell) => StarLabels.Match(cell, bare: true) switch
        {
            { Kind: LabelKind.Section or LabelKind.Title or LabelKind.Metrics } label => label,
            { Kind: LabelKind.Answer } answer => answer with { Kind = LabelKind.Section, Section = StorySection.Action },
            _ => null,
        };

        private static StorySection Target(StoryBuilder story) =>
            story.Explicit is { Kind: LabelKind.Section } target ? target.Section : story.NarrativeSection ?? StorySection.Notes;

        private static bool BelongsToBullet(NoteBlock block, int bulletDepth) =>
            block.Depth > bulletDepth || (block.Depth == bulletDepth && block.Kind != NoteBlockKind.Bullet && bulletDepth > 0);

        private static string AnswerText(NoteBlock block) => block.Text;

        private static bool IsBoldLine(string text)
        {
            var trimmed = text.Trim();
            return trimmed.Length > 4 && ((trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal))
                || (trimmed.StartsWith("__", StringComparison.Ordinal) && trimmed.EndsWith("__", StringComparison.Ordinal)));
        }

        private static bool IsTaskItem(string text) => text.StartsWith("[ ]", StringComparison.Ordinal) || text.StartsWith("[x]", StringComparison.OrdinalIgnoreCase);

        private void StartStory(string question, IReadOnlyList<string> variants, int line, int headingLevel, int? bulletDepth)
        {
            CloseStory();
            _story = new StoryBuilder(question, variants, line)
            {
                HeadingLevel = headingLevel,
                BulletDepth = bulletDepth,
                GroupCategory = GroupCategory(),
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
                _lastLabel = (line, StarLabels.Match(line));
            }

            return _lastLabel.Label;
        }

        /// <summary>The innermost enclosing group heading that names a category.</summary>
        private string? GroupCategory()
        {
            for (var i = _groups.Count - 1; i >= 0; i--)
            {
                if (_groups[i].Category is { } category)
                {
                    return category;
                }
            }

            return null;
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

            _stories.Add(_story.Build(fileName, _story.GroupCategory));
            _story = null;
        }

        public void Warn(int line, string message, string kept = "") => _warnings.Add(new ImportWarning(line, message) { Kept = kept });
    }
}
