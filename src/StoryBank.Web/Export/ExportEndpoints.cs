using Microsoft.AspNetCore.Mvc;
using StoryBank.Core.Export;
using StoryBank.Core.Export.Backup;
using StoryBank.Core.Export.Markdown;
using StoryBank.Core.Export.Pdf;
using StoryBank.Core.Settings;

namespace StoryBank.Web.Export;

/// <summary>
/// Downloads: the cheat sheet PDF, the stories as Markdown and the JSON backup. Plain GET addresses, so a link, a
/// bookmark or the Export page can ask for them:
/// <c>/export/cheatsheet.pdf?layout=full&amp;paper=letter&amp;density=dense&amp;category=conflict&amp;story=12&amp;complete=true&amp;name=Ada</c>.
/// Without <c>name</c> the sheet carries the saved name; the file is named after it and the day ("ada-cheat-sheet-2026-11-29.pdf").
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/cheatsheet.pdf", CheatSheetAsync);
        endpoints.MapGet("/export/stories.md", MarkdownAsync);
        endpoints.MapGet("/export/backup.json", BackupAsync);
        return endpoints;
    }

    private static async Task<IResult> CheatSheetAsync(
        [FromQuery] string? layout,
        [FromQuery] string? paper,
        [FromQuery] string? density,
        [FromQuery(Name = "category")] string[]? categories,
        [FromQuery(Name = "story")] string[]? stories,
        [FromQuery] string? complete,
        [FromQuery] string? name,
        ExportService export,
        SettingsService settings,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!TrySelect(categories, stories, complete, out var selection, out var problem))
        {
            return problem;
        }

        var options = new CheatSheetOptions
        {
            Layout = Enum.TryParse<ExportLayout>(layout, ignoreCase: true, out var parsedLayout) ? parsedLayout : ExportLayout.Compact,
            Paper = Enum.TryParse<PaperSize>(paper, ignoreCase: true, out var parsedPaper) ? parsedPaper : PaperSize.A4,
            Density = Enum.TryParse<SheetDensity>(density, ignoreCase: true, out var parsedDensity) ? parsedDensity : SheetDensity.Regular,
            PersonName = string.IsNullOrWhiteSpace(name) ? await settings.PersonNameAsync(cancellationToken) : name.Trim(),
            Date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
        };
        var selected = await export.LoadAsync(selection, cancellationToken);
        var pdf = CheatSheetPdf.Render(selected, options, clock);
        return Results.File(pdf, "application/pdf", CheatSheetFileName.For(options.PersonName, options.Date));
    }

    private static async Task<IResult> MarkdownAsync(
        [FromQuery(Name = "category")] string[]? categories,
        [FromQuery(Name = "story")] string[]? stories,
        [FromQuery] string? complete,
        ExportService export,
        CancellationToken cancellationToken)
    {
        if (!TrySelect(categories, stories, complete, out var selection, out var problem))
        {
            return problem;
        }

        var selected = await export.LoadAsync(selection, cancellationToken);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(MarkdownExport.Write(selected)), "text/markdown; charset=utf-8", "storybank-stories.md");
    }

    private static async Task<IResult> BackupAsync(BackupService backup, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await backup.WriteAsync(output, cancellationToken);
        var day = clock.GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(output.ToArray(), "application/json", $"storybank-backup-{day}.json");
    }

    /// <summary>
    /// Reads the selection from the address. The numbers are parsed here rather than by parameter binding, which answers
    /// a malformed one with an exception (a stack trace in Development) instead of a sentence.
    /// </summary>
    private static bool TrySelect(
        string[]? categories,
        string[]? stories,
        string? complete,
        out ExportSelection selection,
        out IResult problem)
    {
        selection = new ExportSelection();
        problem = Results.Empty;
        var storyIds = new List<int>();
        foreach (var story in stories ?? [])
        {
            if (!int.TryParse(story, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                problem = BadRequest($"story={story} is not a story number.");
                return false;
            }

            storyIds.Add(id);
        }

        var onlyComplete = false;
        if (!string.IsNullOrEmpty(complete) && !bool.TryParse(complete, out onlyComplete))
        {
            problem = BadRequest($"complete={complete} is neither true nor false.");
            return false;
        }

        selection = new ExportSelection
        {
            CategorySlugs = categories?.Where(c => !string.IsNullOrWhiteSpace(c)).ToList() ?? [],
            StoryIds = storyIds,
            OnlyComplete = onlyComplete,
        };
        return true;
    }

    private static IResult BadRequest(string message) =>
        Results.Text(message + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
