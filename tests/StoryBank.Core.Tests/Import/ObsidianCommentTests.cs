using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class ObsidianCommentTests
{
    [Fact]
    public void A_comment_on_one_line_gives_its_text_without_markers()
    {
        Assert.Equal("don't name Lena", ObsidianComment.Whole("%% don't name Lena %%"));
        Assert.Null(ObsidianComment.Whole("50% of pages, 20% of alerts"));
    }

    [Fact]
    public void A_fence_opens_a_comment_that_a_later_marker_closes()
    {
        Assert.True(ObsidianComment.Opens("%%", out var opened));
        Assert.Equal("", opened);
        Assert.False(ObsidianComment.Closes("longer version: the rebalancing bug", out var inside));
        Assert.Equal("longer version: the rebalancing bug", inside);
        Assert.True(ObsidianComment.Closes("%%", out var closing));
        Assert.Equal("", closing);
        Assert.False(ObsidianComment.Opens("%% all on one line %%", out _));
    }
}
