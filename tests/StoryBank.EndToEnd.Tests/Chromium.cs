namespace StoryBank.EndToEnd.Tests;

/// <summary>
/// Finds Debian's Chromium for the end-to-end tests (no browser is ever downloaded). Without one, the tests report as
/// skipped with the way to install it, so <c>dotnet test</c> passes on a machine that has only the .NET SDK; CI sets
/// <c>STORYBANK_REQUIRE_BROWSER=1</c>, which turns a missing browser into a failure instead.
/// </summary>
public static class Chromium
{
    private static readonly string[] DebianPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public const string RequireVariable = "STORYBANK_REQUIRE_BROWSER";

    public const string MissingMessage =
        "No Chromium found for the end-to-end tests: install Debian's package (apt-get install -y chromium) or set CHROME_PATH. No browser is downloaded.";

    /// <summary>The browser to drive, or null when there is none and the tests may be skipped.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROME_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"CHROME_PATH points at {configured}, which does not exist.");
        }

        return DebianPaths.FirstOrDefault(File.Exists);
    }

    /// <summary>Why the end-to-end tests are skipped here, or null when they run (a browser is found, or one is required).</summary>
    public static string? SkipReason()
    {
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            return null;
        }

        return Find() is null ? MissingMessage : null;
    }
}
