namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// The compact sheet, for a glance during the interview: per story the question in bold, the title as an italic hook,
/// at most two lines each of situation, role, action and outcome, and the metrics in bold; empty sections left out.
/// Regular density prints body text at 9 pt, to read at arm's length; dense keeps the first release's 7.5 pt.
/// </summary>
internal static class CompactSheetComposer
{
    private const double Leading = 1.24;
    private const int SectionLines = 2;

    public static List<FlowLine> Compose(IReadOnlyList<ExportStory> stories, double columnWidth, SheetDensity density)
    {
        var body = density == SheetDensity.Dense ? 7.5 : 9;
        var scale = body / 7.5;
        var categoryStyle = new TextStyle(FontFace.Bold, 10 * scale, Ink.Accent);
        var questionStyle = new TextStyle(FontFace.Bold, 8.5 * scale);
        var continuedStyle = new TextStyle(FontFace.Bold, body, Ink.Muted);
        var alsoStyle = new TextStyle(FontFace.Italic, density == SheetDensity.Dense ? 7 : 9, Ink.Muted);
        var hookStyle = new TextStyle(FontFace.Italic, body, Ink.Muted);
        var bodyStyle = new TextStyle(FontFace.Regular, body);
        var labelStyle = new TextStyle(FontFace.Bold, body, Ink.Muted);
        var metricStyle = new TextStyle(FontFace.Bold, body);
        var labelWidth = 9 * scale;

        var flow = new FlowBuilder(columnWidth, Leading);
        var textWidth = columnWidth - labelWidth;
        foreach (var (category, members) in SheetContent.ByCategory(stories))
        {
            flow.StartCategory(category, categoryStyle, spaceBefore: 12);
            foreach (var story in members)
            {
                if (SheetContent.Reference(story, questionStyle) is { } reference)
                {
                    flow.AddLines(LineBreaker.Wrap(reference, columnWidth), x: 0, spaceBefore: 7, keepWithNext: false);
                    continue;
                }

                flow.StartStory(SheetContent.Question(story, continuedStyle), continuedStyle);
                flow.AddLines(LineBreaker.Wrap(SheetContent.Question(story, questionStyle), columnWidth), x: 0, spaceBefore: 7, keepWithNext: true);
                if (SheetContent.OtherQuestions(story, alsoStyle, "also: ") is { } also)
                {
                    flow.AddLines(LineBreaker.Wrap(also, columnWidth), x: 0, spaceBefore: 0, keepWithNext: true);
                }

                if (SheetContent.Hook(story, hookStyle) is { } hook)
                {
                    flow.AddLines(LineBreaker.Wrap(hook, columnWidth, SectionLines), x: 0, spaceBefore: 0, keepWithNext: true);
                }

                var firstBodyLine = flow.Lines.Count;
                foreach (var (label, text) in new[] { ("S", story.Sections.Situation), ("R", story.Sections.Role), ("A", story.Sections.Action), ("O", story.Sections.Outcome) })
                {
                    var lines = LineBreaker.Wrap(MarkdownRunReader.Inline(text, bodyStyle), textWidth, SectionLines);
                    for (var i = 0; i < lines.Count; i++)
                    {
                        flow.Add(lines[i], labelWidth, i == 0 ? 1.5 : 0, FlowBuilder.KeepsParagraph(i, lines.Count), i == 0 ? FlowBuilder.Label(label, labelStyle) : null);
                    }
                }

                var metrics = SheetContent.Metrics(story, metricStyle, separator: " · ");
                flow.AddLines(LineBreaker.Wrap(metrics, textWidth), labelWidth, spaceBefore: 1.5, keepWithNext: false);

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
