using System.Text;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>Collects one story's text while the parser walks its part of the notes.</summary>
internal sealed class StoryBuilder(string question, IReadOnlyList<string> variants, int line)
{
    private readonly Dictionary<StorySection, SectionText> _sections = Enum.GetValues<StorySection>().ToDictionary(s => s, _ => new SectionText());
    private readonly SectionText _title = new();
    private readonly List<string> _explicitMetrics = [];
    private readonly List<(string Question, SectionText Answer)> _followUps = [];

    public string Question { get; } = question;

    public IReadOnlyList<string> Variants { get; } = variants;

    public int Line { get; } = line;

    public int EndLine { get; private set; } = line;

    /// <summary>Heading level of the question; 0 when it came from a list item, a <c>Q:</c> label or a bold line.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>List depth of the item that holds the question, or null when the question is not a list item.</summary>
    public int? BulletDepth { get; init; }

    /// <summary>Category given by an enclosing group heading.</summary>
    public string? GroupCategory { get; init; }

    /// <summary>Set once a STAR label was used, so that a later <c>A:</c> reads as "Action", not "answer".</summary>
    public bool UsedStarLabels { get; set; }

    /// <summary>Where text goes while a label is in force; null for unlabelled narrative.</summary>
    public LabelTarget? Explicit { get; set; }

    /// <summary>The section unlabelled narrative is continuing.</summary>
    public StorySection? NarrativeSection { get; set; }

    /// <summary>The follow-up whose answer is being collected, with the list depth of its bullet (0 for a heading).</summary>
    public (int Index, int Depth, bool FromHeading)? OpenFollowUp { get; set; }

    /// <summary>The section a probe bullet named ("What was your role?"), with its depth: nested blocks answer it.</summary>
    public (StorySection Section, int Depth)? ProbeAnswer { get; set; }

    /// <summary>Where the text of the last plain bullet went, for paragraphs nested in that bullet.</summary>
    public (StorySection Section, int Depth)? LastBullet { get; set; }

    public void SetTitle(string text, int firstLine, int lastLine) => _title.Append(text, firstLine, lastLine, this);

    public void Append(StorySection section, string text, int firstLine, int lastLine) => _sections[section].Append(text, firstLine, lastLine, this);

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
        var sections = _sections.ToDictionary(s => s.Key, s => s.Value.ToString());
        var extracted = MetricExtractor.Extract(Enum.GetValues<StorySection>().Select(s => sections[s]));
        var metrics = _explicitMetrics
            .Concat(extracted.Where(m => !_explicitMetrics.Any(e => e.Contains(m, StringComparison.OrdinalIgnoreCase))))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new ImportedStory
        {
            Question = Question,
            Variants = Variants,
            Category = categoryFromGroups ?? CategoryClassifier.FromQuestion(string.Join(" ", [Question, .. Variants, _title.ToString()])),
            Title = _title.ToString(),
            Situation = sections[StorySection.Situation],
            Role = sections[StorySection.Role],
            Action = sections[StorySection.Action],
            Outcome = sections[StorySection.Outcome],
            Reflection = sections[StorySection.Reflection],
            Notes = sections[StorySection.Notes],
            Metrics = metrics,
            FollowUps = _followUps.Select(f => new FollowUp { Question = f.Question, Answer = f.Answer.ToString() }).ToList(),
            Source = new ImportSource(fileName, Line, EndLine),
        };
    }

    /// <summary>Text of one field: pieces from one line joined by a space, from the next line by a line break, else a blank line.</summary>
    private sealed class SectionText
    {
        private readonly StringBuilder _text = new();
        private int _lastLine = -1;

        public void Append(string text, int firstLine, int lastLine, StoryBuilder story)
        {
            text = text.Trim();
            if (text.Length == 0)
            {
                return;
            }

            if (_text.Length > 0)
            {
                _text.Append(firstLine == _lastLine ? " " : firstLine == _lastLine + 1 ? "\n" : "\n\n");
            }

            _text.Append(text);
            _lastLine = lastLine;
            story.Touch(lastLine);
        }

        public override string ToString() => _text.ToString();
    }
}

/// <summary>Where labelled text goes: a section, the title, the metrics list or the follow-ups.</summary>
internal readonly record struct LabelTarget(LabelKind Kind, StorySection Section);
