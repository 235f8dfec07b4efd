using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class AnswerPartHeadingTests
{
    [Fact]
    public void Sub_headings_that_repeat_the_questions_words_are_parts_of_its_one_answer()
    {
        var import = NotesParser.Parse(
            "# What are your short-term and long-term goals?\n## Short-term goals:\n- lead a project\n## Long-term goals:\n- run a team\n# Why us?\nThe product.\n",
            "notes.md");

        Assert.Equal(["What are your short-term and long-term goals?", "Why us?"], import.Stories.Select(s => s.Question));
    }

    [Theory]
    [InlineData("Short-term goals:", "What are your short-term and long-term goals?", true)]
    [InlineData("Example Answer 1:", "Tell me about a time you positively impacted a project", false)]
    [InlineData("Goals", "What are your goals?", false)]
    public void A_heading_is_part_of_the_answer_only_when_all_its_words_come_from_the_question(string heading, string question, bool part)
    {
        Assert.Equal(part, AnswerPartHeading.Is(heading, question));
    }
}
