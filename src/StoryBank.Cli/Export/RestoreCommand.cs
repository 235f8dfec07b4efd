using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Export.Backup;

namespace StoryBank.Cli.Export;

/// <summary><c>storybank restore FILE [--force]</c>: a JSON backup back into the database, exactly as it was.</summary>
internal static class RestoreCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A backup written by `storybank export --format json`." };
        var force = new Option<bool>("--force") { Description = "Replace everything in a database that already holds stories or questions of its own." };
        var command = new Command("restore", "Restore a JSON backup: every category, question and story, with the same ids. Refuses a database that is not empty unless --force.")
        {
            file, force,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file).FullName;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"{path}: no such file.");
                return 1;
            }

            await using var services = await StoryBankCommandLine.OpenAsync(parseResult, cancellationToken);
            try
            {
                await using var input = File.OpenRead(path);
                var restored = await services.GetRequiredService<BackupService>().RestoreAsync(input, parseResult.GetValue(force), cancellationToken);
                await output.WriteLineAsync($"Restored {Count(restored.Stories, "story", "stories")}, {Count(restored.Questions, "question", "questions")} and {Count(restored.Categories, "category", "categories")} from {path}");
                return 0;
            }
            catch (BackupFormatException exception)
            {
                await error.WriteLineAsync($"{Path.GetFileName(path)}: {exception.Message}");
            }
            catch (BackupTargetNotEmptyException exception)
            {
                await error.WriteLineAsync($"{exception.Message} Nothing was restored; use --force to replace it all with the backup.");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{path}: {exception.Message}");
            }

            return 1;
        });
        return command;
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
