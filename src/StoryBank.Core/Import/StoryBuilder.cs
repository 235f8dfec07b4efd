using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>Collects one story's text while the parser walks its part of the notes.</summary>
internal sealed class StoryBuilder(string question, IReadOnlyList<string> variants, int line)
{
    /// <summary>One field per section, indexed by the section's value (sections are numbered 0 to 5 in STAR order).</summary>
    private readonly SectionText[] _sections = [new(), new(), new(), new(), new(), new()];
    private readonly SectionText _title = new();
    private readonly List<string> _explicitMetrics = [];
    private readonly List<(string Question, SectionText Answer)> _followUps = [];
    private (string? Question, bool Person, bool Strength) _askedAbout;

    public string Question { get; private set; } = question;

    public IReadOnlyList<string> Variants { get; private set; } = variants;

    public int Line { get; } = line;

    public int EndLine { get; private set; } = line;

    /// <summary>Heading level of the question; 0 when it came from a list item, a <c>Q:</c> label or a bold line.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>List depth of the item that holds the question, or null when the question is not a list item.</summary>
    public int? BulletDepth { get; init; }

    /// <summary>Category given by an enclosing group heading.</summary>
    public string? GroupCategory { get; init; }

    /// <summary>The first category a line naming what the story answers names ("Use for: ownership"); wins over groups.</summary>
    public string? NamedCategory { get; private set; }

    /// <summary>Set once a STAR label was used, so that a later <c>A:</c> reads as "Action", not "answer".</summary>
    public bool UsedStarLabels { get; set; }

    /// <summary>Where text goes while a label is in force; null for unlabelled narrative.</summary>
    public LabelTarget? Explicit { get; set; }

    /// <summary>The list depth of the item whose label is in force when the label had text on that item: it labels only that item.</summary>
    public int? LabelledBulletDepth { get; set; }

    /// <summary>The section unlabelled narrative is continuing.</summary>
    public StorySection? NarrativeSection { get; set; }

    /// <summary>The follow-up whose answer is being collected, with the list depth of its bullet (0 for a heading).</summary>
    public (int Index, int Depth, bool FromHeading)? OpenFollowUp { get; set; }

    /// <summary>The section a probe bullet named ("What was your role?"), with its depth: nested blocks answer it.</summary>
    public (StorySection Section, int Depth)? ProbeAnswer { get; set; }

    /// <summary>Where the text of the last plain bullet went, for paragraphs nested in that bullet.</summary>
    public (StorySection Section, int Depth)? LastBullet { get; set; }

    /// <summary>
    /// Whether the question asks about the person, not for a story (<see cref="QuestionText.IsAboutThePerson"/>), or is
    /// a motivation question ("Why us?", "Почему вы хотите работать у нас?") answered without an <c>A:</c> label:
    /// an answer the person marked with <c>A:</c> is told as a story, as the Q&amp;A notes expect.
    /// </summary>
    public bool AboutThePerson => AskedAbout().Person && (!AnswerLabelled || QuestionText.IsAboutThePerson(Question));

    /// <summary>
    /// A strengths question answered without an <c>A:</c> label: the answer is notes unless it tells a story ("case in
    /// point…, I was able to…, resulting in…"), which <see cref="StoryAssembler"/> judges from its cue sentences.
    /// </summary>
    public bool AsksForAStrength => AskedAbout().Strength && !AnswerLabelled;

    /// <summary>Set once an <c>A:</c> label marked the answer.</summary>
    public bool AnswerLabelled { get; set; }

    /// <summary>Set when the story's heading only held a place ("Q4"): the next line may give its question or title.</summary>
    public bool AwaitsQuestion { get; set; }

    /// <summary>The question a line after a placeholder heading asks.</summary>
    public void SetQuestion(string text) => Question = text;

    /// <summary>
    /// What a line naming what the story answers gives: a story without a question takes the first as its question, the
    /// others are variants; the first category named is the story's.
    /// </summary>
    public void Answers(IReadOnlyList<string> questions, IReadOnlyList<string> categories)
    {
        if (questions.Count > 0)
        {
            var asked = Question.Length == 0 ? questions.Skip(1) : questions;
            if (Question.Length == 0)
            {
                Question = questions[0];
            }

            Variants = [.. Variants, .. asked.Where(q => !Variants.Contains(q))];
        }

        NamedCategory ??= categories.Count > 0 ? categories[0] : null;
    }

    public void SetTitle(string text, int firstLine, int lastLine) => _title.Append(text, firstLine, lastLine, this);

    public void Append(StorySection section, string text, int firstLine, int lastLine) => _sections[(int)section].Append(text, firstLine, lastLine, this);

    public void AddMetric(string metric, int line)
    {
        if (metric.Length > 0)
        {
            _explicitMetrics.Add(metric);
            Touch(line);
        }
    }

    public int AddFollowUp(string questionText, int line)
    {
        _followUps.Add((questionText, new SectionText()));
        Touch(line);
        return _followUps.Count - 1;
    }

    public void AppendAnswer(int index, string text, int firstLine, int lastLine) => _followUps[index].Answer.Append(text, firstLine, lastLine, this);

    public void Touch(int line) => EndLine = Math.Max(EndLine, line);

    public ImportedStory Build(string fileName, string? categoryFromGroups)
    {
        var sections = StarSections.From(section => _sections[(int)section].ToString());
        var extracted = MetricExtractor.Extract([.. sections.Texts().Select(t => t.Text)]);

        // Extracted metrics are already distinct; only explicit ones need the merge.
        var metrics = _explicitMetrics.Count == 0
            ? extracted
            : _explicitMetrics
                .Concat(extracted.Where(m => !_explicitMetrics.Any(e => e.Contains(m, StringComparison.OrdinalIgnoreCase))))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

        return new ImportedStory
        {
            Question = Question,
            Variants = Variants,
            Category = categoryFromGroups ?? CategoryClassifier.FromQuestion(string.Join(" ", [Question, .. Variants, _title.ToString()])),
            Title = _title.ToString(),
            Sections = sections,
            Metrics = metrics,
            FollowUps = _followUps.Select(f => new FollowUp { Question = f.Question, Answer = f.Answer.ToString() }).ToList(),
            Source = new ImportSource(fileName, Line, EndLine),
        };
    }

    /// <summary>What the question asks about the person, read once per question (a placeholder's next line or an answers line may change it).</summary>
    private (bool Person, bool Strength) AskedAbout()
    {
        if (!ReferenceEquals(_askedAbout.Question, Question))
        {
            var category = CategoryClassifier.FromQuestion(Question);
            _askedAbout = (Question, QuestionText.IsAboutThePerson(Question) || category == "motivation", category == "strengths");
        }

        return (_askedAbout.Person, _askedAbout.Strength);
    }

    /// <summary>Text of one field: pieces from one line joined by a space, from the next line by a line break, else a blank line.</summary>
    private sealed class SectionText
    {
        // The pieces and the separators between them, joined once when the story is built: a builder would copy a
        // field's text each time it grows.
        private List<string>? _parts;
        private int _lastLine = -1;

        public void Append(string text, int firstLine, int lastLine, StoryBuilder story)
        {
            text = text.Trim();
            if (text.Length == 0)
            {
                return;
            }

            if (_parts is null)
            {
                _parts = [];
            }
            else
            {
                _parts.Add(firstLine == _lastLine ? " " : firstLine == _lastLine + 1 ? "\n" : "\n\n");
            }

            _parts.Add(text);
            _lastLine = lastLine;
            story.Touch(lastLine);
        }

        public override string ToString() => _parts switch
        {
            null => "",
            [var only] => only,
            _ => string.Join("", _parts),
        };
    }
}

/// <summary>Where labelled text goes: a section, the title, the metrics list or the follow-ups.</summary>
internal readonly record struct LabelTarget(LabelKind Kind, StorySection Section);
