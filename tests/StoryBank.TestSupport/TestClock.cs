using Microsoft.Extensions.Time.Testing;

namespace StoryBank.TestSupport;

/// <summary>
/// The fake clock tests hand to whatever reads the time: it stands still until a test moves it, so timers and
/// pauses run without real waiting and dates come out the same on every run. Its local time zone is UTC.
/// </summary>
public static class TestClock
{
    /// <summary>Where <see cref="TestDatabase"/>'s clock starts: 1 November 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A fake clock showing <paramref name="now"/>, or <see cref="Start"/>.</summary>
    public static FakeTimeProvider At(DateTimeOffset? now = null)
    {
        var clock = new FakeTimeProvider(now ?? Start);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }
}
