using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Export;
using StoryBank.Core.Export.Backup;
using StoryBank.Core.Export.Markdown;
using StoryBank.Core.Export.Pdf;
using StoryBank.Core.Settings;

namespace StoryBank.Cli.Export;

/// <summary>
/// <c>storybank export --format pdf|md|json [--out FILE] [--layout compact|full] [--paper a4|letter] [--density regular|dense] [--category SLUG]...
/// [--story ID]... [--only-complete] [--name "Person Name"] [--target NAME]</c>: the cheat sheet, notes the importer reads back, or a backup.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format")
        {
            Description = "pdf: the cheat sheet to print; md: Markdown notes that `storybank import` reads back; json: a backup of everything, for `storybank restore`.",
            Required = true,
        };
        AcceptOnly(format, "pdf", "md", "json");
        var file = new Option<FileInfo?>("--out")
        {
            Description = "The file to write (replaced if it exists). A PDF without it goes to ./NAME-cheat-sheet-DATE.pdf in the current folder.",
            HelpName = "FILE",
        };
        var layout = new Option<string>("--layout") { Description = "PDF only: compact (two columns, a glance) or full (every section, gaps marked).", DefaultValueFactory = _ => "compact" };
        AcceptOnly(layout, "compact", "full");
        var paper = new Option<string>("--paper") { Description = "PDF only: a4 or letter.", DefaultValueFactory = _ => "a4" };
        AcceptOnly(paper, "a4", "letter");
        var density = new Option<string>("--density") { Description = "PDF only, compact layout: regular (9 pt, readable at arm's length) or dense (7.5 pt, more per page).", DefaultValueFactory = _ => "regular" };
        AcceptOnly(density, "regular", "dense");
        var categories = new Option<string[]>("--category") { Description = "Only stories of this category (a slug from `storybank categories`); repeat for more.", HelpName = "SLUG" };
        var stories = new Option<int[]>("--story") { Description = "Only this story (its number, as in the app's address /stories/ID); repeat for more.", HelpName = "ID" };
        var onlyComplete = new Option<bool>("--only-complete") { Description = "Only stories whose situation, role, action and outcome all hold text." };
        var name = new Option<string?>("--name") { Description = "PDF only: the name in the header line of every page; without it, the name saved on the Export page." };
        var target = new Option<string?>("--target")
        {
            Description = "PDF or md: the sheet for one target (its company, \"Company — Role\" or number, as `storybank targets` lists them): the \"Why\" answers first, then its competencies in order, the interview day in the header.",
            HelpName = "NAME",
        };
        var command = new Command("export", "Export the cheat sheet (PDF), the stories as Markdown notes, or a JSON backup of everything.")
        {
            format, file, layout, paper, density, categories, stories, onlyComplete, name, target,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var chosenFormat = parseResult.GetRequiredValue(format);
            var path = parseResult.GetValue(file)?.FullName;
            if (Misplaced(parseResult, chosenFormat, [layout, paper, density, name], [categories, stories, onlyComplete, target]) is { } misplaced)
            {
                await error.WriteLineAsync(misplaced);
                return 1;
            }

            // Only a PDF has a default file name (the person's name and the date); it is known once the name is read.
            if (path is null && chosenFormat != "pdf")
            {
                await error.WriteLineAsync($"--out is required for --format {chosenFormat}.");
                return 1;
            }

            await using var services = await StoryBankCommandLine.OpenAsync(parseResult, cancellationToken);
            var exportFormat = chosenFormat switch { "pdf" => ExportFormat.Pdf, "md" => ExportFormat.Markdown, _ => ExportFormat.Json };

            // The options under the names of the download address, so both are read and checked by the same code.
            var parameters = new List<KeyValuePair<string, string?>>
            {
                new(ExportRequest.LayoutKey, parseResult.GetValue(layout)),
                new(ExportRequest.PaperKey, parseResult.GetValue(paper)),
                new(ExportRequest.DensityKey, parseResult.GetValue(density)),
                new(ExportRequest.CompleteKey, parseResult.GetValue(onlyComplete) ? "true" : "false"),
                new(ExportRequest.NameKey, parseResult.GetValue(name)),
                new(ExportRequest.TargetKey, parseResult.GetValue(target)),
            };
            parameters.AddRange((parseResult.GetValue(categories) ?? []).Select(c => new KeyValuePair<string, string?>(ExportRequest.CategoryKey, c)));
            parameters.AddRange((parseResult.GetValue(stories) ?? []).Select(id => new KeyValuePair<string, string?>(ExportRequest.StoryKey, id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            var read = await services.GetRequiredService<ExportService>().ReadRequestAsync(exportFormat, parameters, cancellationToken);
            if (read.Request is not { } request)
            {
                await error.WriteLineAsync(read.Problem);
                return 1;
            }

            string summary;
            try
            {
                if (chosenFormat == "json")
                {
                    BackupSummary? backup = null;
                    await AtomicFile.WriteAsync(path!, async (stream, token) => backup = await services.GetRequiredService<BackupService>().WriteAsync(stream, token), cancellationToken);
                    summary = $"Wrote a backup of {Count(backup!.Stories, "story", "stories")}, {Count(backup.Questions, "question", "questions")} and {Count(backup.Categories, "category", "categories")} to {path}";
                }
                else
                {
                    var exportService = services.GetRequiredService<ExportService>();
                    var sheet = request.TargetId is { } targetId ? await exportService.LoadTargetSheetAsync(targetId, cancellationToken) : null;
                    var selected = sheet?.Stories ?? await exportService.LoadAsync(request.Selection, cancellationToken);
                    if (sheet is not null && selected.Count == 0)
                    {
                        await error.WriteLineAsync($"No stories to export: {sheet.Target.Title} has no story for its \"Why\" questions or competencies yet.");
                        return 1;
                    }

                    if (selected.Count == 0)
                    {
                        await error.WriteLineAsync("No stories to export: none matches the chosen categories and --only-complete.");
                        return 1;
                    }

                    if (chosenFormat == "md")
                    {
                        var markdown = sheet is null ? MarkdownExport.Write(selected) : TargetSheetMarkdown.Write(sheet);
                        await AtomicFile.WriteAllBytesAsync(path!, Encoding.UTF8.GetBytes(markdown), cancellationToken);
                    }
                    else
                    {
                        var options = new CheatSheetOptions
                        {
                            Layout = request.Layout,
                            Paper = request.Paper,
                            Density = request.Density,
                            PersonName = request.PersonName ?? await services.GetRequiredService<SettingsService>().PersonNameAsync(cancellationToken),
                            Date = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime),
                            Heading = sheet?.Target.Title,
                            InterviewDate = sheet?.Target.InterviewDate,
                        };
                        path ??= Path.GetFullPath(CheatSheetFileName.For(options.PersonName, options.Date));
                        await AtomicFile.WriteAsync(path, (stream, _) =>
                        {
                            CheatSheetPdf.Render(selected, options, services.GetRequiredService<TimeProvider>(), stream);
                            return Task.CompletedTask;
                        }, cancellationToken);
                    }

                    summary = $"Wrote {Count(selected.Select(s => s.Id).Distinct().Count(), "story", "stories")} to {path}";
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // AtomicFile left the previous file as it was; say so, since that is what the person worries about.
                await error.WriteLineAsync($"{path}: {exception.Message} Nothing was written{(File.Exists(path) ? "; the previous file is unchanged" : "")}.");
                return 1;
            }

            await output.WriteLineAsync(summary);
            return 0;
        });
        return command;
    }

    /// <summary>Like <c>AcceptOnlyFromAmong</c>, but a wrong value gets a one-line error, as every other error here.</summary>
    private static void AcceptOnly(Option<string> option, params string[] values)
    {
        option.HelpName = string.Join('|', values);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name} must be {string.Join(", ", values[..^1])} or {values[^1]}, not \"{value}\".");
            }
        });
    }

    /// <summary>An option given that does not apply to the format: said rather than silently ignored.</summary>
    private static string? Misplaced(ParseResult parseResult, string format, Option[] pdfOnly, Option[] notForBackup)
    {
        bool Given(Option option) => parseResult.GetResult(option) is { Implicit: false };
        if (format != "pdf" && pdfOnly.FirstOrDefault(Given) is { } printing)
        {
            return $"{printing.Name} only applies to --format pdf.";
        }

        return format == "json" && notForBackup.FirstOrDefault(Given) is { } filter
            ? $"{filter.Name} does not apply to --format json: a backup holds everything, so that a restore gives back the whole bank."
            : null;
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
