using StoryBank.Core.Practice;

namespace StoryBank.Core.Tests.Practice;

public sealed class PracticeOptionsValidatorTests
{
    private readonly PracticeOptionsValidator _validator = new();

    [Theory]
    [InlineData(90, 120)]
    [InlineData(1, 2)]
    [InlineData(60, 150)]
    public void A_band_from_above_zero_to_a_larger_maximum_is_accepted(int min, int max)
    {
        var result = _validator.Validate(null, new PracticeOptions { TargetMinSeconds = min, TargetMaxSeconds = max });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_minimum_above_the_maximum_names_the_setting_and_both_values()
    {
        var result = _validator.Validate(null, new PracticeOptions { TargetMinSeconds = 120, TargetMaxSeconds = 90 });

        Assert.True(result.Failed);
        Assert.Equal(["StoryBank:Practice: the target band's minimum (120 s) exceeds its maximum (90 s)"], result.Failures);
    }

    [Fact]
    public void An_empty_band_is_refused()
    {
        var result = _validator.Validate(null, new PracticeOptions { TargetMinSeconds = 100, TargetMaxSeconds = 100 });

        Assert.Equal(["StoryBank:Practice: the target band's minimum and maximum are both 100 s; the band must be wider"], result.Failures);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_minimum_of_zero_or_less_is_refused(int min)
    {
        var result = _validator.Validate(null, new PracticeOptions { TargetMinSeconds = min, TargetMaxSeconds = 90 });

        Assert.Equal([$"StoryBank:Practice: the target band's minimum ({min} s) must be above 0 s"], result.Failures);
    }
}
