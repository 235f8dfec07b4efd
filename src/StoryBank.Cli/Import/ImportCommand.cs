using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Import;

namespace StoryBank.Cli.Import;

/// <summary><c>storybank import FILE [--dry-run] [--json] [--roles roles.json]</c>: notes into stories.</summary>
internal static class ImportCommand
{
    private static readonly JsonSerializerOptions ReportJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The Markdown notes file to import." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read the notes and show what they hold; the database is not touched." };
        var json = new Option<bool>("--json") { Description = "Print JSON: with --dry-run the stories, warnings and inferred roles as the README's Import JSON section describes, else the import report." };
        var bringBackDeleted = new Option<bool>("--bring-back-deleted") { Description = "Also create again the stories you deleted in the app since an earlier import of these notes." };
        var roles = new Option<FileInfo?>("--roles")
        {
            Description = "Corrections of the roles the importer inferred (a JSON file in the format of the \"roles\" key that --dry-run --json prints).",
        };
        var command = new Command("import", "Import Markdown interview notes as STAR stories. Re-importing never overwrites what you edited in the app, nor brings back what you deleted there.")
        {
            file, dryRun, json, bringBackDeleted, roles,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            NotesImport import;
            try
            {
                var path = parseResult.GetValue(file)!.FullName;

                // The person's roles apply before the notes are judged: they may be what makes a story of them.
                var choices = parseResult.GetValue(roles) is { } rolesFile ? await ReadRolesAsync(rolesFile, cancellationToken) : null;
                import = await NotesFile.ReadAsync(path, choices, cancellationToken);
            }
            catch (Exception exception) when (exception is NotesImportException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync(exception.Message);
                return 1;
            }

            if (parseResult.GetValue(dryRun))
            {
                await (parseResult.GetValue(json) ? output.WriteLineAsync(ImportJson.SerializeWithRoles(import)) : WritePreviewAsync(output, import));
                return 0;
            }

            await using var services = await StoryBankCommandLine.OpenAsync(parseResult, cancellationToken);
            var report = await services.GetRequiredService<ImportService>().ImportAsync(import, parseResult.GetValue(bringBackDeleted), cancellationToken);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ToJson(report), ReportJson));
                return 0;
            }

            await output.WriteLineAsync(report.Summary());
            foreach (var message in report.Messages())
            {
                await output.WriteLineAsync(message);
            }

            return 0;
        });
        return command;
    }

    /// <exception cref="NotesImportException">The roles file is missing or is not a roles file.</exception>
    private static async Task<RoleChoices> ReadRolesAsync(FileInfo rolesFile, CancellationToken cancellationToken)
    {
        if (!rolesFile.Exists)
        {
            throw new NotesImportException($"{rolesFile.FullName}: no such file.");
        }

        try
        {
            return RoleChoices.FromJson(await File.ReadAllTextAsync(rolesFile.FullName, cancellationToken));
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new NotesImportException($"{rolesFile.Name}: not a roles file ({exception.Message})");
        }
    }

    private static async Task WritePreviewAsync(TextWriter output, NotesImport import)
    {
        await output.WriteLineAsync($"{import.Stories.Count} stories in {import.FileName} (dry run: nothing saved)");
        foreach (var story in import.Stories)
        {
            var filled = new[] { ("S", story.Sections.Situation), ("T", story.Sections.Role), ("A", story.Sections.Action), ("R", story.Sections.Outcome) }
                .Select(s => s.Item2.Length > 0 ? s.Item1 : "-");
            var question = story.Question.Length > 0 ? story.Question : $"(story) {story.Title}";
            await output.WriteLineAsync(
                $"{import.FileName}:{story.Source.Line}: [{string.Concat(filled)}] {question} · {story.Category ?? "no category"} · {story.Metrics.Count} metrics · {story.FollowUps.Count} follow-ups");
        }

        foreach (var warning in import.Warnings)
        {
            await output.WriteLineAsync($"{import.FileName}:{warning.Line}: {warning.Message}");
        }
    }

    private static object ToJson(ImportReport report) => new
    {
        created = report.Count(ImportAction.Create),
        updated = report.Count(ImportAction.Update),
        unchanged = report.Count(ImportAction.Unchanged),
        skipped = report.Count(ImportAction.Skip),
        rejected = report.Count(ImportAction.Reject),
        stories = report.Items.Select(i => new { question = i.Story.Question, action = i.Action.ToString().ToLowerInvariant(), storyId = i.StoryId, reason = i.Reason }),
        messages = report.Messages(),
    };
}
