using StoryBank.Web.Components.Shared;

namespace StoryBank.Web.Tests.Components.Shared;

public sealed class PagingTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("abc", 1)]
    [InlineData("0", 1)]
    [InlineData("-5", 1)]
    [InlineData("7", 7)]
    [InlineData("99999999999", int.MaxValue / 50)]
    [InlineData("999999999999999999999999", int.MaxValue / 50)]
    public void The_requested_page_is_a_page_whose_offset_fits(string? page, int expected)
    {
        Assert.Equal(expected, Paging.Requested(page, 50));
        Assert.True(Paging.Skip(Paging.Requested(page, 50), 50) >= 0);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    public void Rows_fill_whole_pages(int total, int pages) => Assert.Equal(pages, Paging.PageCount(total, 50));
}
