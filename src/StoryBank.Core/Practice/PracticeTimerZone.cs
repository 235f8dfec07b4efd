namespace StoryBank.Core.Practice;

/// <summary>Where a running answer stands against the target band.</summary>
public enum PracticeTimerZone
{
    /// <summary>Shorter than the band: keep going.</summary>
    BeforeTarget,

    /// <summary>Inside the band: time to land the result (amber).</summary>
    InTarget,

    /// <summary>Past the band: too long (red).</summary>
    OverTarget,
}
