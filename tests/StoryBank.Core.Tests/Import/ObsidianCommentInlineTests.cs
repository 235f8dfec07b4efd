using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class ObsidianCommentInlineTests
{
    [Fact]
    public void A_comment_inside_a_line_goes_to_notes_and_the_rest_of_the_line_stays_in_its_section()
    {
        var import = NotesParser.Parse("## Tell me about a time you cut costs\nR: the bill fell by 18% %% Q3 only %% with no complaints.\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("the bill fell by 18% with no complaints.", story.Sections.Outcome);
        Assert.Equal("Q3 only", story.Sections.Notes);
    }

    [Fact]
    public void A_line_that_is_only_a_comment_is_not_an_inline_comment()
    {
        Assert.Null(ObsidianComment.WithoutInline("%% whole line %%", []));
        Assert.Null(ObsidianComment.WithoutInline("50%% off", []));
    }
}
