using StoryBank.Core.Practice;

namespace StoryBank.Core.Tests.Practice;

public sealed class QuestionMatchTests
{
    [Theory]
    [InlineData("Tell me about a conflict with a coworker.", null, "tell me about a conflict   with a coworker", null, true)]
    [InlineData("Tell me about a conflict with a coworker.", 1, "Tell me about a time you had a conflict with your coworkers?", 1, true)]
    [InlineData("Tell me about a conflict with a coworker.", 1, "Tell me about a time you had a conflict with your coworkers?", 2, false)]
    [InlineData("Tell me about a conflict with a coworker.", 1, "Tell me about a conflict with your manager.", 1, false)]
    [InlineData("Why Facebook?", 3, "Why this company?", 3, false)]
    [InlineData("", null, "", null, false)]
    public void Case_punctuation_and_white_space_do_not_matter_and_close_wording_counts_within_a_category(
        string asked, int? askedCategory, string other, int? otherCategory, bool expected)
    {
        Assert.Equal(expected, QuestionMatch.Matches(asked, askedCategory, other, otherCategory));
    }

    [Fact]
    public void Normalising_keeps_letters_and_digits_in_lower_case_with_single_spaces()
    {
        Assert.Equal("tell me about a conflict with a co worker", QuestionMatch.Normalize("  Tell me — about a conflict,\twith a co-worker. "));
    }
}
