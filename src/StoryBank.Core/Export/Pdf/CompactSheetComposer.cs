namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// The compact sheet, for a glance during the interview: per story the question in bold, the title as an italic hook,
/// at most two lines each of situation, role, action and outcome, and the metrics in bold; empty sections left out.
/// </summary>
internal static class CompactSheetComposer
{
    private const double Leading = 1.24;
    private const int SectionLines = 2;
    private const double LabelWidth = 9;

    private static readonly TextStyle CategoryStyle = new(FontFace.Bold, 10, Ink.Accent);
    private static readonly TextStyle QuestionStyle = new(FontFace.Bold, 8.5);
    private static readonly TextStyle ContinuedStyle = new(FontFace.Bold, 7.5, Ink.Muted);
    private static readonly TextStyle AlsoStyle = new(FontFace.Italic, 7, Ink.Muted);
    private static readonly TextStyle HookStyle = new(FontFace.Italic, 7.5, Ink.Muted);
    private static readonly TextStyle BodyStyle = new(FontFace.Regular, 7.5);
    private static readonly TextStyle LabelStyle = new(FontFace.Bold, 7.5, Ink.Muted);
    private static readonly TextStyle MetricStyle = new(FontFace.Bold, 7.5);

    public static List<FlowLine> Compose(IReadOnlyList<ExportStory> stories, double columnWidth)
    {
        var flow = new FlowBuilder(columnWidth, Leading);
        var textWidth = columnWidth - LabelWidth;
        foreach (var (category, members) in SheetContent.ByCategory(stories))
        {
            flow.StartCategory(category, CategoryStyle, spaceBefore: 12);
            foreach (var story in members)
            {
                flow.StartStory(SheetContent.Question(story, ContinuedStyle), ContinuedStyle);
                flow.AddLines(LineBreaker.Wrap(SheetContent.Question(story, QuestionStyle), columnWidth), x: 0, spaceBefore: 7, keepWithNext: true);
                if (SheetContent.OtherQuestions(story, AlsoStyle, "also: ") is { } also)
                {
                    flow.AddLines(LineBreaker.Wrap(also, columnWidth), x: 0, spaceBefore: 0, keepWithNext: true);
                }

                if (SheetContent.Hook(story, HookStyle) is { } hook)
                {
                    flow.AddLines(LineBreaker.Wrap(hook, columnWidth, SectionLines), x: 0, spaceBefore: 0, keepWithNext: true);
                }

                var firstBodyLine = flow.Lines.Count;
                foreach (var (label, text) in new[] { ("S", story.Situation), ("R", story.Role), ("A", story.Action), ("O", story.Outcome) })
                {
                    var lines = LineBreaker.Wrap(MarkdownRunReader.Inline(text, BodyStyle), textWidth, SectionLines);
                    for (var i = 0; i < lines.Count; i++)
                    {
                        flow.Add(lines[i], LabelWidth, i == 0 ? 1.5 : 0, FlowBuilder.KeepsParagraph(i, lines.Count), i == 0 ? FlowBuilder.Label(label, LabelStyle) : null);
                    }
                }

                var metrics = SheetContent.Metrics(story, MetricStyle, separator: " · ");
                flow.AddLines(LineBreaker.Wrap(metrics, textWidth), LabelWidth, spaceBefore: 1.5, keepWithNext: false);

                // The heading stays with the story's first two lines; the story's last line binds to nothing.
                if (flow.Lines.Count > firstBodyLine)
                {
                    flow.Lines[firstBodyLine].KeepWithNext = flow.Lines.Count > firstBodyLine + 1;
                }

                flow.Lines[^1].KeepWithNext = false;
            }
        }

        return flow.Lines;
    }
}
