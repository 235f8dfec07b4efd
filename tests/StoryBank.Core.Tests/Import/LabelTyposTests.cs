using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Import;

public sealed class LabelTyposTests
{
    [Theory]
    [InlineData("situtation", StorySection.Situation)]
    [InlineData("taks", StorySection.Role)]
    [InlineData("actoin", StorySection.Action)]
    [InlineData("resutl", StorySection.Outcome)]
    [InlineData("reflecton", StorySection.Reflection)]
    public void A_star_word_with_one_slip_of_the_keyboard_names_its_section(string word, StorySection section)
    {
        Assert.Equal(section, LabelTypos.Section(word));
    }

    [Theory]
    [InlineData("talk")]
    [InlineData("faction")]
    [InlineData("tsks")]
    [InlineData("resort")]
    [InlineData("act")]
    public void Other_words_are_no_star_word(string word)
    {
        Assert.Null(LabelTypos.Section(word));
    }
}
