using StoryBank.Core.Export;
using StoryBank.Core.Export.Pdf;

namespace StoryBank.Core.Tests.Export.Pdf;

public sealed class PaginatorTests
{
    public static TheoryData<ExportLayout, PaperSize> LayoutsAndPapers => new()
    {
        { ExportLayout.Compact, PaperSize.A4 },
        { ExportLayout.Compact, PaperSize.Letter },
        { ExportLayout.Full, PaperSize.A4 },
        { ExportLayout.Full, PaperSize.Letter },
    };

    [Theory]
    [MemberData(nameof(LayoutsAndPapers))]
    public void No_column_ends_with_a_heading_or_a_line_bound_to_the_next(ExportLayout layout, PaperSize paper)
    {
        var (_, lines, pages) = Lay(SampleStories.Many(120, sentencesPerSection: 3), layout, paper);

        var columnEnds = pages.SelectMany(p => p.Lines.GroupBy(l => l.Left).Select(column => column.Last().Line)).SkipLast(1).ToList();
        Assert.True(columnEnds.Count > 20, $"{columnEnds.Count} columns");
        Assert.All(columnEnds, line => Assert.False(line.KeepWithNext, $"a column ends with \"{Text(line)}\""));
        Assert.Equal(lines.Count, pages.Sum(p => p.Lines.Count(l => lines.Contains(l.Line))));
    }

    [Theory]
    [MemberData(nameof(LayoutsAndPapers))]
    public void Every_line_lies_whole_inside_its_column(ExportLayout layout, PaperSize paper)
    {
        var (geometry, _, pages) = Lay(SampleStories.Many(120, sentencesPerSection: 3), layout, paper);

        Assert.All(pages.SelectMany(p => p.Lines), placed =>
        {
            Assert.InRange(placed.Top, geometry.ContentTop, geometry.ContentBottom - placed.Line.Height + 0.001);
            Assert.All(placed.Line.Runs, run => Assert.InRange(run.X + run.Width, 0, geometry.ColumnWidth + 0.001));
        });
    }

    [Fact]
    public void A_page_that_starts_inside_a_category_repeats_its_heading_and_the_next_category_does_not()
    {
        var (_, _, pages) = Lay(SampleStories.Many(120, sentencesPerSection: 3), ExportLayout.Full, PaperSize.A4);

        var firsts = pages.Skip(1).Select(p => Text(p.Lines[0].Line)).ToList();
        Assert.Contains(firsts, t => t.EndsWith(" (continued)", StringComparison.Ordinal));
        Assert.All(pages.Skip(1), page => Assert.True(page.Lines[0].Line.IsCategoryHeading || page.Lines[0].Line.Category is null || Text(page.Lines[0].Line).EndsWith("(continued)", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(ExportLayout.Compact, SheetDensity.Regular)]
    [InlineData(ExportLayout.Compact, SheetDensity.Dense)]
    [InlineData(ExportLayout.Full, SheetDensity.Regular)]
    public void A_story_shorter_than_a_column_never_breaks_across_columns_or_pages(ExportLayout layout, SheetDensity density)
    {
        var (geometry, lines, pages) = Lay(SampleStories.Many(60, sentencesPerSection: 4), layout, PaperSize.A4, density);

        var columns = pages.SelectMany((page, index) => page.Lines.Select(placed => (Column: (index, placed.Left), placed.Line)));
        var stories = columns.Where(c => lines.Contains(c.Line) && c.Line.Story is not null).GroupBy(c => c.Line.Story!).ToList();
        Assert.Equal(60, stories.Count);
        Assert.True(pages.Count > 2, $"{pages.Count} pages");
        Assert.All(stories, story =>
        {
            var height = story.Sum(c => c.Line.Height + c.Line.SpaceBefore);
            Assert.True(height > geometry.ColumnHeight || story.Select(c => c.Column).Distinct().Count() == 1, $"a {height:F0} pt story is split over columns");
        });
    }

    [Theory]
    [InlineData(ExportLayout.Compact)]
    [InlineData(ExportLayout.Full)]
    public void A_story_longer_than_a_column_repeats_its_question_with_cont_at_the_top_of_every_further_column(ExportLayout layout)
    {
        // The compact sheet cuts sections to two lines, so there only a very long question makes a story that tall.
        var question = string.Join(" ", Enumerable.Repeat("Tell me about the longest question ever asked", layout == ExportLayout.Compact ? 120 : 1));
        var longStory = SampleStories.Complete(1, sentencesPerSection: 200) with { Questions = [new ExportQuestion(question, [])] };
        var (geometry, lines, pages) = Lay([SampleStories.Complete(2), longStory], layout, PaperSize.A4);

        var columnStarts = pages.SelectMany(p => p.Lines.GroupBy(l => l.Left).Select(column => column.ToList())).ToList();
        var continued = columnStarts.Where(c => c.Any(l => l.Line.Story == lines.Last().Story && lines.Contains(l.Line))).Skip(1).ToList();
        Assert.True(continued.Count >= 2, $"the long story runs into {continued.Count} further columns");
        Assert.All(continued, column =>
        {
            var firstStoryLine = column.First(l => !l.Line.IsCategoryHeading && !Text(l.Line).EndsWith(" (continued)", StringComparison.Ordinal));
            Assert.EndsWith(" (cont.)", Text(firstStoryLine.Line), StringComparison.Ordinal);
            Assert.StartsWith("Tell me about the longest question", Text(firstStoryLine.Line), StringComparison.Ordinal);
            Assert.True(Text(firstStoryLine.Line).Length < 120, "the repeated question takes one line");
        });
        Assert.True(geometry.ColumnHeight > 0);
    }

    private static (PageGeometry Geometry, List<FlowLine> Lines, List<PageLayout> Pages) Lay(
        IReadOnlyList<ExportStory> stories, ExportLayout layout, PaperSize paper, SheetDensity density = SheetDensity.Regular)
    {
        var geometry = PageGeometry.For(paper, layout);
        var lines = layout == ExportLayout.Full
            ? FullSheetComposer.Compose(stories, geometry.ColumnWidth)
            : CompactSheetComposer.Compose(stories, geometry.ColumnWidth, density);
        return (geometry, lines, Paginator.Paginate(lines, geometry));
    }

    private static string Text(FlowLine line) => string.Concat(line.Runs.Select(r => r.Run.Text));
}
