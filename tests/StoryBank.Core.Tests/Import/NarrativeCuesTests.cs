using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Import;

public sealed class NarrativeCuesTests
{
    [Theory]
    [InlineData("Paired with a mid-level engineer on system design for a month.", StorySection.Action)]
    [InlineData("Restored it within 15 minutes.", StorySection.Action)]
    [InlineData("His next design review passed without a rewrite.", StorySection.Outcome)]
    [InlineData("I've used this for the last 3 projects; none of them had a scope fight after week one.", StorySection.Outcome)]
    public void Notes_that_drop_the_I_or_tell_what_did_not_happen_again_point_to_their_section(string sentence, StorySection section)
    {
        Assert.Equal(section, NarrativeCues.Classify(sentence));
    }

    [Theory]
    [InlineData("Joined a new team last spring.")]
    [InlineData("Based on the logs it was the cache.")]
    [InlineData("The next day the vendor called back.")]
    public void Context_and_time_moving_on_have_no_cue(string sentence)
    {
        Assert.Null(NarrativeCues.Classify(sentence));
    }
}
