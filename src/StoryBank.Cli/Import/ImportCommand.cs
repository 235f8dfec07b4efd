using System.CommandLine;
using StoryBank.Core.Import;

namespace StoryBank.Cli.Import;

/// <summary><c>storybank import FILE [--dry-run] [--json]</c>: notes into stories.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The Markdown notes file to import." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read the notes and show what would be imported; change nothing." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (the import contract)." };
        var command = new Command("import", "Import Markdown interview notes as STAR stories.") { file, dryRun, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            var text = await File.ReadAllTextAsync(path.FullName, cancellationToken);
            var import = NotesParser.Parse(text, path.Name);
            await output.WriteLineAsync(ImportJson.Serialize(import));
            return 0;
        });
        return command;
    }
}
