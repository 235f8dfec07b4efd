using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class AnswersLineTests
{
    [Theory]
    [InlineData("Questions: conflict, failure")]
    [InlineData("Use for: ownership")]
    [InlineData("Also good for: ownership")]
    [InlineData("LPs: Ownership, Bias for Action")]
    public void A_line_naming_what_a_story_answers_is_read_as_such(string line)
    {
        Assert.Equal(LabelKind.Answers, StarLabels.Match(line)?.Kind);
    }

    [Fact]
    public void Plain_items_name_categories_and_the_first_is_the_likeliest()
    {
        var (questions, categories) = AnswersLine.Read("conflict, failure");

        Assert.Empty(questions);
        Assert.Equal(["conflict", "failure"], categories);
    }

    [Fact]
    public void A_quoted_item_is_a_question_even_with_a_comma_inside()
    {
        var (questions, categories) = AnswersLine.Read("ownership, \"tell me about a time you fixed it, unasked\"");

        Assert.Equal(["tell me about a time you fixed it, unasked"], questions);
        Assert.Equal("ownership", categories[0]);
    }

    [Fact]
    public void Items_that_read_as_questions_are_questions_in_the_order_written()
    {
        var (questions, categories) = AnswersLine.Read("Tell me about a mistake you made; Describe a decision you regret");

        Assert.Equal(["Tell me about a mistake you made", "Describe a decision you regret"], questions);
        Assert.Empty(categories);
    }

    [Fact]
    public void A_leadership_principle_names_its_categories()
    {
        var (_, categories) = AnswersLine.Read("Hire and Develop the Best");

        Assert.Equal("leadership", categories[0]);
    }
}
