namespace StoryBank.Core.Practice;

/// <summary>
/// The target length of a spoken answer: the practice timer turns amber at <see cref="TargetMin"/> and red past
/// <see cref="TargetMax"/>. Settings <c>StoryBank:Practice:TargetMinSeconds</c> and <c>TargetMaxSeconds</c>
/// (default 90 and 120, i.e. 1:30–2:00), checked by <see cref="PracticeOptionsValidator"/>.
/// </summary>
public sealed record PracticeOptions
{
    /// <summary>The configuration section the settings live in.</summary>
    public const string SectionName = StoryBankOptions.SectionName + ":Practice";

    public int TargetMinSeconds { get; set; } = 90;

    public int TargetMaxSeconds { get; set; } = 120;

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
}
