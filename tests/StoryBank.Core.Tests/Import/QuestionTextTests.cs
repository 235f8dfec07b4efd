using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("What are you looking for in your next role?", true, true)]
    [InlineData("Where do you see yourself in five years?", true, true)]
    [InlineData("Why Shopify?", false, true)]
    [InlineData("**Why do you want to work here?**", false, true)]
    [InlineData("What's your greatest strength?", false, true)]
    [InlineData("What are your weaknesses?", false, true)]
    [InlineData("Почему вы хотите работать у нас?", false, true)]
    [InlineData("Tell me about a time you disagreed with your manager", false, false)]
    [InlineData("Tell me about yourself", false, false)]
    public void A_question_about_the_person_reads_more_widely_when_its_answer_is_a_list(string question, bool told, bool listed)
    {
        Assert.Equal(told, QuestionText.IsAboutThePerson(question));
        Assert.Equal(listed, QuestionText.IsAboutThePersonInAList(question));
    }
}
