using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class StoryPromptListTests
{
    [Fact]
    public void A_list_asking_for_stories_of_their_own_under_an_answered_question_is_a_list_of_questions()
    {
        var import = NotesParser.Parse(
            "## What do you want next?\nA bigger team.\n\n- Tell me about a time you failed.\n- What is your proudest project?\n- Deadlines matter. Give an example of one you met.\n- Tell me about a time you changed your mind.\n",
            "notes.md");

        Assert.Equal(5, import.Stories.Count);
        Assert.Empty(import.Stories[0].FollowUps);
        Assert.Equal("Deadlines matter. Give an example of one you met.", import.Stories[3].Question);
    }

    [Fact]
    public void Probes_under_a_question_stay_its_follow_ups()
    {
        var import = NotesParser.Parse("## Tell me about a time you failed\nWe shipped late.\n\n- Why did it slip?\n- Who did you tell first?\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal(["Why did it slip?", "Who did you tell first?"], story.FollowUps.Select(f => f.Question));
    }
}
