using System.Globalization;

namespace StoryBank.Web.Components.Pages.Practice;

/// <summary>Durations and due dates the way the practice page shows them.</summary>
internal static class PracticeTime
{
    /// <summary>"1:05": whole seconds, as a stopwatch shows them (1:05.9 is still 1:05).</summary>
    public static string Clock(TimeSpan duration)
    {
        var seconds = (long)Math.Max(0, Math.Floor(duration.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
    }

    /// <summary>"now", "in 10 min", "in 6 days": when a question comes back.</summary>
    public static string Until(DateTime dueUtc, DateTime nowUtc)
    {
        var wait = dueUtc - nowUtc;
        if (wait <= TimeSpan.Zero)
        {
            return "now";
        }

        if (wait < TimeSpan.FromHours(1))
        {
            return $"in {(int)Math.Ceiling(wait.TotalMinutes)} min";
        }

        // A day's interval seen a few seconds later is still "1 day", not "24 h".
        if (wait.TotalHours < 23.5)
        {
            return $"in {(int)Math.Round(wait.TotalHours)} h";
        }

        var days = (int)Math.Round(wait.TotalDays);
        return days == 1 ? "in 1 day" : $"in {days} days";
    }
}
