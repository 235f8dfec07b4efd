using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class CategoryClassifierTests
{
    [Theory]
    [InlineData("Tell me about a time you had to work with a difficult stakeholder", "conflict")]
    [InlineData("Tell me about a time you didn't agree with your team's direction", "disagreement")]
    [InlineData("你最大的缺点是什么？", "weaknesses")]
    [InlineData("讲一个你和同事意见不一致的例子", "disagreement")]
    [InlineData("你遇到过最难的技术问题是什么？", "problem-solving")]
    [InlineData("为什么离开现在的公司？", "motivation")]
    [InlineData("讲一次你主动承担责任的经历", "ownership")]
    [InlineData("Describe a situation where you had to learn a new technology quickly.", "ambiguity")]
    public void A_question_gets_the_category_its_words_point_to(string question, string category)
    {
        Assert.Equal(category, CategoryClassifier.FromQuestion(question));
    }

    [Fact]
    public void A_developer_is_not_a_cue_for_developing_people()
    {
        Assert.Null(CategoryClassifier.FromQuestion("Tell me about a time you improved developer experience"));
        Assert.Equal("leadership", CategoryClassifier.FromQuestion("Tell me about a time you helped someone develop"));
    }
}
