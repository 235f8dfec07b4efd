using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class ReferenceHeadingTests
{
    [Fact]
    public void A_reference_heading_after_a_story_is_its_notes_not_a_question()
    {
        var import = NotesParser.Parse("# Where do you see yourself in five years?\nLeading a team.\n## Additional Reference: https://example.com/questions\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Contains("https://example.com/questions", story.Sections.Notes);
    }

    [Theory]
    [InlineData("Additional Reference: https://example.com", true)]
    [InlineData("Sources", true)]
    [InlineData("Resourceful under pressure", false)]
    public void A_heading_is_a_reference_when_it_names_where_things_came_from(string heading, bool reference)
    {
        Assert.Equal(reference, ReferenceHeading.Is(heading));
    }
}
