using System.CommandLine;

namespace StoryBank.Cli.Export;

/// <summary>The export feature's commands: <c>export</c> and <c>restore</c>.</summary>
internal static class ExportCommands
{
    public static void AddTo(RootCommand root, TextWriter output, TextWriter error)
    {
        root.Subcommands.Add(ExportCommand.Create(output, error));
        root.Subcommands.Add(RestoreCommand.Create(output, error));
    }
}
