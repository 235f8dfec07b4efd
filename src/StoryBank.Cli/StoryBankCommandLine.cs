using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Cli.Import;
using StoryBank.Cli.Stories;
using StoryBank.Core;
using StoryBank.Core.Data;

namespace StoryBank.Cli;

/// <summary>The <c>storybank</c> command tree. Commands only parse and print; Core does the work.</summary>
public static class StoryBankCommandLine
{
    /// <summary>Path of the database file; beats <c>STORYBANK_DB</c> and the configured default.</summary>
    public static readonly Option<string?> DatabaseOption = new("--db")
    {
        Description = "Path of the SQLite database file (default: STORYBANK_DB, else the shared default under the local application data folder).",
        Recursive = true,
    };

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("StoryBank: turn interview notes into a STAR story bank.");
        root.Options.Add(DatabaseOption);
        root.Subcommands.Add(CategoriesCommand.Create(output));
        root.Subcommands.Add(ImportCommand.Create(output, error));
        Export.ExportCommands.AddTo(root, output, error);
        root.Subcommands.Add(Targets.TargetsCommand.Create(output, error));

        var parseResult = root.Parse(args);
        try
        {
            // Our own handler instead of System.CommandLine's, which prints the exception with its stack trace.
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled; nothing was changed.");
            return 130;
        }
        catch (Exception exception)
        {
            // A database in trouble (damaged, read-only, locked, full) is said as what to do about it.
            var problem = DatabaseProblem.From(exception, DatabaseFile(parseResult));
            await error.WriteLineAsync(problem?.Message ?? OneLine(exception));
            return 1;
        }
    }

    /// <summary>Whatever went wrong, said in one line: the person needs the sentence, not the trace.</summary>
    private static string OneLine(Exception exception) =>
        $"storybank: {exception.Message.ReplaceLineEndings(" ")} ({exception.GetType().Name})";

    /// <summary>Services over the database the command line chose, checked, migrated and ready.</summary>
    /// <exception cref="DatabaseProblemException">The database is damaged, read-only, locked or on a full disk.</exception>
    internal static async Task<ServiceProvider> OpenAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var connectionString = StoryBankDatabase.ResolveConnectionString(parseResult.GetValue(DatabaseOption), configuredConnectionString: null);
        var services = new ServiceCollection().AddStoryBankCore(connectionString).BuildServiceProvider();
        try
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }

        return services;
    }

    private static string DatabaseFile(ParseResult parseResult) =>
        DatabaseProblem.FileOf(StoryBankDatabase.ResolveConnectionString(parseResult.GetValue(DatabaseOption), configuredConnectionString: null));
}
