using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class NumberedGapTests
{
    [Fact]
    public void An_empty_numbered_item_over_answer_items_is_a_story_of_its_own_titled_from_its_words()
    {
        var import = NotesParser.Parse(
            "1. Why this team?\n\n- the on-call culture\n\n1. \n\n- Moved our build to remote caching, builds went from 20 to 6 minutes\n\n2. \n\n- Wrote the incident template everyone uses\n",
            "notes.md");

        Assert.Equal(3, import.Stories.Count);
        Assert.Equal(["Why this team?", "", ""], import.Stories.Select(s => s.Question));
        Assert.All(import.Stories.Skip(1), s => Assert.NotEqual("", s.Title));
    }

    [Fact]
    public void An_empty_item_with_nothing_after_it_is_left_out()
    {
        var import = NotesParser.Parse("1. Why this team?\n\n- the on-call culture\n\n2. \n", "notes.md");

        Assert.Single(import.Stories);
    }
}
