namespace StoryBank.EndToEnd.Tests;

/// <summary>An end-to-end test: skipped with the reason when no Chromium is installed (see <see cref="Chromium"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
