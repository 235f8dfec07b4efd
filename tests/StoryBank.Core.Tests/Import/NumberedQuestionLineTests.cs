using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class NumberedQuestionLineTests
{
    [Fact]
    public void A_plain_q_numbered_line_after_a_story_starts_the_next_question_with_its_items_below()
    {
        var import = NotesParser.Parse(
            "## Tell me about a hard migration\nS: the old queue was dying.\n\nQ2. Handling pressure\n- What did you cut first?\n- Who did you warn?\n\nQ3: Learning fast\n- the course I took\n",
            "notes.md");

        Assert.Equal(["Tell me about a hard migration", "Handling pressure", "Learning fast"], import.Stories.Select(s => s.Question));
        Assert.Equal(["What did you cut first?", "Who did you warn?"], import.Stories[1].FollowUps.Select(f => f.Question));
    }

    [Theory]
    [InlineData("Q2. Unforeseen problems", true)]
    [InlineData("Question 4: Persuasion", true)]
    [InlineData("Q2", false)]
    [InlineData("Quarterly goals: ship it", false)]
    public void A_line_is_a_numbered_question_when_a_question_number_opens_it(string line, bool numbered)
    {
        var block = NoteBlockReader.Read(line + "\n").Single();

        Assert.Equal(numbered, NumberedQuestionLine.Is(block));
    }
}
