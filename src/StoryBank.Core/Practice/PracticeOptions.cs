using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace StoryBank.Core.Practice;

/// <summary>
/// The target length of a spoken answer: the practice timer turns amber at <see cref="TargetMin"/> and red past
/// <see cref="TargetMax"/>. Settings <c>StoryBank:Practice:TargetMinSeconds</c> and <c>TargetMaxSeconds</c>
/// (default 90 and 120, i.e. 1:30–2:00).
/// </summary>
public sealed record PracticeOptions
{
    /// <summary>The configuration section the settings live in.</summary>
    public const string SectionName = "StoryBank:Practice";

    public int TargetMinSeconds { get; init; } = 90;

    public int TargetMaxSeconds { get; init; } = 120;

    public TimeSpan TargetMin => TimeSpan.FromSeconds(TargetMinSeconds);

    public TimeSpan TargetMax => TimeSpan.FromSeconds(TargetMaxSeconds);

    /// <summary>Where a running answer stands against the target, by whole seconds as the timer shows them.</summary>
    public PracticeTimerZone ZoneOf(TimeSpan elapsed)
    {
        var seconds = (int)elapsed.TotalSeconds;
        return seconds > TargetMaxSeconds ? PracticeTimerZone.OverTarget
            : seconds >= TargetMinSeconds ? PracticeTimerZone.InTarget
            : PracticeTimerZone.BeforeTarget;
    }

    /// <summary>Reads the settings; missing ones keep their defaults.</summary>
    /// <param name="configuration">The app's configuration, or null for the defaults.</param>
    /// <exception cref="InvalidOperationException">A setting is not a whole number of seconds, or the band is empty.</exception>
    public static PracticeOptions FromConfiguration(IConfiguration? configuration)
    {
        var defaults = new PracticeOptions();
        if (configuration is null)
        {
            return defaults;
        }

        var options = new PracticeOptions
        {
            TargetMinSeconds = Read(configuration, nameof(TargetMinSeconds), defaults.TargetMinSeconds),
            TargetMaxSeconds = Read(configuration, nameof(TargetMaxSeconds), defaults.TargetMaxSeconds),
        };

        // A wrong band would colour every answer wrongly without anyone noticing; better to say so at once.
        return options.TargetMinSeconds > 0 && options.TargetMaxSeconds > options.TargetMinSeconds
            ? options
            : throw new InvalidOperationException(
                $"{SectionName}: TargetMinSeconds ({options.TargetMinSeconds}) must be above 0 and below TargetMaxSeconds ({options.TargetMaxSeconds}).");
    }

    private static int Read(IConfiguration configuration, string key, int fallback)
    {
        var value = configuration[$"{SectionName}:{key}"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : throw new InvalidOperationException($"{SectionName}:{key} must be a whole number of seconds; it is \"{value}\".");
    }
}
