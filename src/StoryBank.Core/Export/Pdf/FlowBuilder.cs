namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// Turns wrapped lines into flow lines for one column width: line heights, baselines, labels, and the category and
/// story each line belongs to, with the headings a column repeats when it starts inside them ("(continued)", "(cont.)").
/// </summary>
internal sealed class FlowBuilder(double columnWidth, double leading)
{
    private static readonly TrueTypeMetrics Sans = CheatSheetFonts.Metrics(FontFace.Regular);

    private RepeatedHeading? _category;
    private RepeatedHeading? _story;
    private bool _storyStarting;

    public List<FlowLine> Lines { get; } = [];

    public double ColumnWidth { get; } = columnWidth;

    /// <summary>Opens a category: its heading, ruled and kept with what follows.</summary>
    public void StartCategory(string name, TextStyle style, double spaceBefore)
    {
        _story = null;
        _category = new RepeatedHeading(Continued([new TextRun(name, style)], style, heading: true));
        AddLines(LineBreaker.Wrap([new TextRun(name, style)], ColumnWidth), x: 0, spaceBefore, keepWithNext: true, heading: true);
    }

    /// <summary>Opens a story; the lines added next belong to it. A column that continues it shows its question on one line.</summary>
    public void StartStory(IReadOnlyList<TextRun> question, TextStyle style)
    {
        _story = new RepeatedHeading(Continued(question, style, heading: false));
        _storyStarting = true;
    }

    /// <summary>Adds wrapped lines at an offset from the column's left edge; the first one gets the space before.</summary>
    public void AddLines(IReadOnlyList<TextLine> lines, double x, double spaceBefore, bool keepWithNext, bool heading = false)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Add(lines[i], x, i == 0 ? spaceBefore : 0, keepWithNext, label: null, heading);
        }
    }

    /// <summary>
    /// Adds one line, with an optional label sharing its baseline at the column's left edge ("Situation", a list bullet).
    /// </summary>
    public void Add(TextLine line, double x, double spaceBefore, bool keepWithNext, TextLine? label = null, bool heading = false)
    {
        Lines.Add(Build(line, x, spaceBefore, keepWithNext, label, heading));
        _storyStarting = false;
    }

    /// <summary>
    /// Widow and orphan control: a paragraph's first line stays with its second and its last with the one before, so a
    /// page or column never starts or ends with one stray line of a paragraph.
    /// </summary>
    public static bool KeepsParagraph(int line, int lineCount) => line < lineCount - 1 && (line == 0 || line == lineCount - 2);

    /// <summary>One run of our own text (a label, a list marker, "(continued)") as a line: no wrapping, spaces kept.</summary>
    public static TextLine Label(string text, TextStyle style, double x = 0)
    {
        var width = CheatSheetFonts.Metrics(style.Face).Measure(text, style.Size);
        return new TextLine([new PlacedRun(x, new TextRun(text, style), width)], width, style.Size);
    }

    private FlowLine Build(TextLine line, double x, double spaceBefore, bool keepWithNext, TextLine? label, bool heading)
    {
        var size = Math.Max(line.Size, label?.Size ?? 0);
        var height = size * leading;
        var runs = new List<PlacedRun>(line.Runs.Count + (label?.Runs.Count ?? 0));
        if (label is not null)
        {
            runs.AddRange(label.Runs);
        }

        runs.AddRange(line.Runs.Select(r => r with { X = r.X + x }));
        return new FlowLine
        {
            Runs = runs,
            Height = height,
            Baseline = ((height - (size * (Sans.Ascent + Sans.Descent))) / 2) + (size * Sans.Ascent),
            SpaceBefore = spaceBefore,
            KeepWithNext = keepWithNext,
            RuleBelow = heading,
            IsCategoryHeading = heading,
            Category = _category,
            Story = _story,
            StartsStory = _storyStarting,
        };
    }

    /// <summary>
    /// "Category (continued)" or "Question (cont.)" on one line: the text is cut with "…" to leave room for the words
    /// after it. A question repeats at the top of every column its story runs into, so it takes the shorter word.
    /// </summary>
    private FlowLine[] Continued(IReadOnlyList<TextRun> text, TextStyle style, bool heading)
    {
        var suffix = Label(heading ? " (continued)" : " (cont.)", style with { Face = FontFace.Italic, Ink = Ink.Muted });
        var lines = LineBreaker.Wrap(text, ColumnWidth - suffix.Width, maxLines: 1);
        var first = lines.Count > 0 ? lines[0] : new TextLine([], 0, style.Size);
        var line = new TextLine([.. first.Runs, .. suffix.Runs.Select(r => r with { X = r.X + first.Width })], first.Width + suffix.Width, Math.Max(first.Size, suffix.Size));
        return [Build(line, x: 0, spaceBefore: 0, keepWithNext: true, label: null, heading)];
    }
}
