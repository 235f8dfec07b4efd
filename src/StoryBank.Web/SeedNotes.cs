using StoryBank.Core;
using StoryBank.Core.Import;

namespace StoryBank.Web;

/// <summary>First start: imports the notes in <c>StoryBank:SeedFolder</c> (default <c>seeds</c>; empty turns it off) into an empty database.</summary>
internal static class SeedNotes
{
    public const string SettingName = StoryBankOptions.SectionName + ":SeedFolder";

    public static async Task ImportAsync(WebApplication app)
    {
        var setting = app.Configuration[SettingName] ?? "seeds";
        if (setting.Length == 0)
        {
            return;
        }

        var folder = FindFolder(setting, app.Environment.ContentRootPath);
        if (folder is null)
        {
            app.Logger.SeedFolderMissing(setting);
            return;
        }

        var result = await app.Services.GetRequiredService<SeedImporter>().ImportIfEmptyAsync(folder);
        if (result is null)
        {
            app.Logger.SeedSkipped();
            return;
        }

        foreach (var report in result.Reports)
        {
            var summary = report.Summary();
            app.Logger.SeedImported(report.FileName, summary);
        }

        foreach (var failure in result.Failures)
        {
            app.Logger.SeedFailed(failure);
        }
    }

    /// <summary>A relative folder is looked for from the working directory, then from the app's folder upwards (the repository root holds <c>seeds/</c>).</summary>
    private static string? FindFolder(string setting, string contentRoot)
    {
        if (Path.IsPathRooted(setting))
        {
            return Directory.Exists(setting) ? setting : null;
        }

        var candidate = Path.GetFullPath(setting);
        if (Directory.Exists(candidate))
        {
            return candidate;
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            candidate = Path.Combine(folder.FullName, setting);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
