using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
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
    public void Missing_settings_keep_the_default_band_of_one_and_a_half_to_two_minutes()
    {
        var options = PracticeOptions.FromConfiguration(Configuration([]));

        Assert.Equal(TimeSpan.FromSeconds(90), options.TargetMin);
        Assert.Equal(TimeSpan.FromMinutes(2), options.TargetMax);
        Assert.Equal(options, PracticeOptions.FromConfiguration(null));
    }

    [Theory]
    [InlineData("120", "90")]
    [InlineData("0", "90")]
    [InlineData("ninety", "120")]
    public void A_wrong_band_is_reported_at_once(string min, string max)
    {
        var configuration = Configuration(new() { ["StoryBank:Practice:TargetMinSeconds"] = min, ["StoryBank:Practice:TargetMaxSeconds"] = max });

        var error = Assert.Throws<InvalidOperationException>(() => PracticeOptions.FromConfiguration(configuration));

        Assert.StartsWith("StoryBank:Practice", error.Message, StringComparison.Ordinal);
    }

    private static Settings Configuration(Dictionary<string, string?> values) => new(values);

    /// <summary>Flat settings by their full key; Core's tests have no configuration package to build real ones.</summary>
    internal sealed class Settings(Dictionary<string, string?> values) : IConfiguration
    {
        public string? this[string key]
        {
            get => values.GetValueOrDefault(key);
            set => values[key] = value;
        }

        public IEnumerable<IConfigurationSection> GetChildren() => throw new NotSupportedException();

        public IChangeToken GetReloadToken() => throw new NotSupportedException();

        public IConfigurationSection GetSection(string key) => throw new NotSupportedException();
    }
}
