using StoryBank.Core.Stories;

namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// The full layout, for preparing: one column, every section under its label in a margin column, empty ones shown as
/// "—" so the gaps are visible on paper, metrics in bold, follow-ups as "question → answer".
/// </summary>
internal static class FullSheetComposer
{
    private const double Leading = 1.32;
    private const double LabelWidth = 70;
    private const double IndentStep = 12;
    private const double MarkerGap = 4;
    private const string Empty = "—";

    private static readonly TextStyle CategoryStyle = new(FontFace.Bold, 13, Ink.Accent);
    private static readonly TextStyle QuestionStyle = new(FontFace.Bold, 11.5);
    private static readonly TextStyle ContinuedStyle = new(FontFace.Bold, 9.5, Ink.Muted);
    private static readonly TextStyle AlsoStyle = new(FontFace.Italic, 8.5, Ink.Muted);
    private static readonly TextStyle HookStyle = new(FontFace.Italic, 9.5, Ink.Muted);
    private static readonly TextStyle BodyStyle = new(FontFace.Regular, 9.5);
    private static readonly TextStyle LabelStyle = new(FontFace.Bold, 8, Ink.Muted);
    private static readonly TextStyle MutedStyle = BodyStyle with { Ink = Ink.Muted };
    private static readonly TextStyle MetricStyle = new(FontFace.Bold, 9.5);
    private static readonly TextStyle FollowUpStyle = new(FontFace.Italic, 9.5);

    public static List<FlowLine> Compose(IReadOnlyList<ExportStory> stories, double columnWidth)
    {
        var flow = new FlowBuilder(columnWidth, Leading);
        foreach (var (category, members) in SheetContent.ByCategory(stories))
        {
            flow.StartCategory(category, CategoryStyle, spaceBefore: 20);
            foreach (var story in members)
            {
                AddStory(flow, story);
            }
        }

        return flow.Lines;
    }

    private static void AddStory(FlowBuilder flow, ExportStory story)
    {
        var width = flow.ColumnWidth;
        if (SheetContent.Reference(story, QuestionStyle with { Size = 9.5 }) is { } reference)
        {
            flow.AddLines(LineBreaker.Wrap(reference, width), x: 0, spaceBefore: 14, keepWithNext: false);
            return;
        }

        flow.StartStory(SheetContent.Question(story, ContinuedStyle), ContinuedStyle);
        flow.AddLines(LineBreaker.Wrap(SheetContent.Question(story, QuestionStyle), width), x: 0, spaceBefore: 14, keepWithNext: true);
        if (SheetContent.OtherQuestions(story, AlsoStyle, "Also asked as: ") is { } also)
        {
            flow.AddLines(LineBreaker.Wrap(also, width), x: 0, spaceBefore: 0, keepWithNext: true);
        }

        if (SheetContent.Hook(story, HookStyle) is { } hook)
        {
            flow.AddLines(LineBreaker.Wrap(hook, width), x: 0, spaceBefore: 1, keepWithNext: true);
        }

        var firstBodyLine = flow.Lines.Count;
        foreach (var (section, text) in story.Sections.Texts())
        {
            AddSection(flow, section.ToString(), MarkdownRunReader.Paragraphs(text, BodyStyle));
        }

        AddSection(flow, "Metrics", [.. story.Metrics
            .Where(m => !string.IsNullOrWhiteSpace(m))
            .Select(m => new RichParagraph(MarkdownRunReader.Inline(m, MetricStyle), 1, "•"))]);
        AddSection(flow, "Follow-ups", [.. story.FollowUps.Select(FollowUp)]);

        // The heading stays with the story's first two lines.
        flow.Lines[firstBodyLine].KeepWithNext = true;
        flow.Lines[^1].KeepWithNext = false;
    }

    private static RichParagraph FollowUp(FollowUp followUp)
    {
        var runs = MarkdownRunReader.Inline(followUp.Question, FollowUpStyle);
        runs.Add(new TextRun(" → ", MutedStyle));
        var answer = MarkdownRunReader.Inline(followUp.Answer, BodyStyle);
        runs.AddRange(answer.Count > 0 ? answer : [new TextRun(Empty, MutedStyle)]);
        return new RichParagraph(runs, 1, "•");
    }

    /// <summary>The label shares its baseline with the section's first line; an empty section prints "—".</summary>
    private static void AddSection(FlowBuilder flow, string label, List<RichParagraph> paragraphs)
    {
        var labelLine = FlowBuilder.Label(label, LabelStyle);
        if (paragraphs.Count == 0)
        {
            flow.Add(LineBreaker.Wrap([new TextRun(Empty, MutedStyle)], flow.ColumnWidth)[0], LabelWidth, spaceBefore: 5, keepWithNext: false, labelLine);
            return;
        }

        var first = true;
        foreach (var paragraph in paragraphs)
        {
            // Nesting indents step by step, but never past half the text's width: lists or quotes nested sixty deep
            // would otherwise push the text off the page.
            var textX = LabelWidth + Math.Min(paragraph.Depth * IndentStep, (flow.ColumnWidth - LabelWidth) / 2);
            var lines = LineBreaker.Wrap(paragraph.Runs, flow.ColumnWidth - textX);
            if (lines.Count == 0)
            {
                // An empty list item still shows its bullet.
                lines = [new TextLine([], 0, BodyStyle.Size)];
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var lineLabel = i > 0 ? null : Combine(first ? labelLine : null, paragraph.Marker is { } marker ? Marker(marker, textX) : null);
                flow.Add(lines[i], textX, i > 0 ? 0 : first ? 5 : 2.5, FlowBuilder.KeepsParagraph(i, lines.Count), lineLabel);
            }

            first = false;
        }
    }

    /// <summary>List markers end just before the text, so "•" and "10." line up on their right edge.</summary>
    private static TextLine Marker(string marker, double textX)
    {
        var style = BodyStyle with { Ink = Ink.Muted };
        return FlowBuilder.Label(marker, style, textX - MarkerGap - FlowBuilder.Label(marker, style).Width);
    }

    private static TextLine? Combine(TextLine? a, TextLine? b) =>
        a is null ? b : b is null ? a : new TextLine([.. a.Runs, .. b.Runs], Math.Max(a.Width, b.Width), Math.Max(a.Size, b.Size));
}
