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
/// With <c>target=ID</c> the sheet (PDF or Markdown) is that target's: its "Why" answers, then its competencies in order.
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
        HttpRequest http,
        ExportService export,
        SettingsService settings,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var read = await export.ReadRequestAsync(ExportFormat.Pdf, Parameters(http), cancellationToken);
        if (read.Request is not { } request)
        {
            return BadRequest(read.Problem!);
        }

        var options = new CheatSheetOptions
        {
            Layout = request.Layout,
            Paper = request.Paper,
            Density = request.Density,
            PersonName = request.PersonName ?? await settings.PersonNameAsync(cancellationToken),
            Date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
        };
        var selected = await export.LoadAsync(request.Selection, cancellationToken);
        if (request.TargetId is { } targetId)
        {
            if (await export.LoadTargetSheetAsync(targetId, cancellationToken) is not { } sheet)
            {
                return BadRequest($"There is no target {targetId}.");
            }

            selected = sheet.Stories;
            options = options with { Heading = sheet.Target.Title, InterviewDate = sheet.Target.InterviewDate };
        }

        var pdf = CheatSheetPdf.Render(selected, options, clock);
        return Results.File(pdf, "application/pdf", CheatSheetFileName.For(options.PersonName, options.Date));
    }

    private static async Task<IResult> MarkdownAsync(HttpRequest http, ExportService export, CancellationToken cancellationToken)
    {
        var read = await export.ReadRequestAsync(ExportFormat.Markdown, Parameters(http), cancellationToken);
        if (read.Request is not { } request)
        {
            return BadRequest(read.Problem!);
        }

        string markdown;
        if (request.TargetId is { } targetId)
        {
            if (await export.LoadTargetSheetAsync(targetId, cancellationToken) is not { } sheet)
            {
                return BadRequest($"There is no target {targetId}.");
            }

            markdown = TargetSheetMarkdown.Write(sheet);
        }
        else
        {
            markdown = MarkdownExport.Write(await export.LoadAsync(request.Selection, cancellationToken));
        }

        return Results.File(System.Text.Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", "storybank-stories.md");
    }

    private static async Task<IResult> BackupAsync(BackupService backup, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await backup.WriteAsync(output, cancellationToken);
        var day = clock.GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(output.ToArray(), "application/json", $"storybank-backup-{day}.json");
    }

    /// <summary>
    /// The query as name/value pairs for <see cref="ExportService.ReadRequestAsync"/>, which reads the values itself:
    /// parameter binding would answer a malformed number with an exception (a stack trace in Development), not a sentence.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string?>> Parameters(HttpRequest http) =>
        http.Query.SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value)));

    private static IResult BadRequest(string message) =>
        Results.Text(message + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
