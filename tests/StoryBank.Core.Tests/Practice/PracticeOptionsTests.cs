using StoryBank.Core.Practice;

namespace StoryBank.Core.Tests.Practice;

public sealed class PracticeOptionsTests
{
    [Theory]
    [InlineData(0, PracticeTimerZone.BeforeTarget)]
    [InlineData(89.9, PracticeTimerZone.BeforeTarget)]
    [InlineData(90, PracticeTimerZone.InTarget)]
    [InlineData(120.9, PracticeTimerZone.InTarget)]
    [InlineData(121, PracticeTimerZone.OverTarget)]
    public void The_timer_turns_amber_at_the_start_of_the_band_and_red_past_its_end(double seconds, PracticeTimerZone zone)
    {
        Assert.Equal(zone, new PracticeOptions().ZoneOf(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void The_default_band_is_one_and_a_half_to_two_minutes()
    {
        var options = new PracticeOptions();

        Assert.Equal(TimeSpan.FromSeconds(90), options.TargetMin);
        Assert.Equal(TimeSpan.FromMinutes(2), options.TargetMax);
    }
}
