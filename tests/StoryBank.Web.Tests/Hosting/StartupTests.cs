using System.Diagnostics;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>The app as the README starts it: a separate process, so what it prints and its exit code are the person's.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storybank-startup-").FullName;

    [Fact]
    public async Task A_damaged_database_stops_the_app_with_one_line_naming_the_file_and_no_trace()
    {
        var databasePath = Path.Combine(_folder, "storybank.db");
        await File.WriteAllTextAsync(databasePath, new string('x', 8192));

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "StoryBank.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _folder,
        };
        start.Environment["STORYBANK_DB"] = databasePath;
        start.Environment["StoryBank__SeedFolder"] = "";
        using var app = Process.Start(start)!;
        var error = app.StandardError.ReadToEndAsync();
        var output = app.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, app.ExitCode);
        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains(databasePath, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", (await error) + (await output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_band_whose_minimum_exceeds_its_maximum_stops_the_app_with_one_line_and_leaves_no_database()
    {
        var databasePath = Path.Combine(_folder, "storybank.db");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "StoryBank.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _folder,
        };
        start.Environment["STORYBANK_DB"] = databasePath;
        start.Environment["StoryBank__Practice__TargetMinSeconds"] = "120";
        start.Environment["StoryBank__Practice__TargetMaxSeconds"] = "90";
        using var app = Process.Start(start)!;
        var error = app.StandardError.ReadToEndAsync();
        var output = app.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, app.ExitCode);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("StoryBank:Practice: the target band's minimum (120 s) exceeds its maximum (90 s)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", (await error) + (await output), StringComparison.Ordinal);
        Assert.False(File.Exists(databasePath));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
