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

    private static (PageGeometry Geometry, List<FlowLine> Lines, List<PageLayout> Pages) Lay(IReadOnlyList<ExportStory> stories, ExportLayout layout, PaperSize paper)
    {
        var geometry = PageGeometry.For(paper, layout);
        var lines = layout == ExportLayout.Full
            ? FullSheetComposer.Compose(stories, geometry.ColumnWidth)
            : CompactSheetComposer.Compose(stories, geometry.ColumnWidth);
        return (geometry, lines, Paginator.Paginate(lines, geometry));
    }

    private static string Text(FlowLine line) => string.Concat(line.Runs.Select(r => r.Run.Text));
}
