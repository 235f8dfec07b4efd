using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Benchmarks.Inputs;
using StoryBank.Core;
using StoryBank.Core.Data;
using StoryBank.Core.Import;

namespace StoryBank.Benchmarks.Import;

/// <summary>
/// Saving a large first import: <see cref="StoryCount"/> new stories into an empty, migrated database in one
/// transaction. Target: under 1 s. Each iteration gets its own database file, so every story is a create.
/// </summary>
[MemoryDiagnoser]
public class ImportServiceBenchmarks // Not sealed: BenchmarkDotNet runs a generated class derived from this one.
{
    public const int StoryCount = 2_500;

    private NotesImport _import = null!;
    private string _databasePath = "";
    private ServiceProvider? _services;
    private ImportService _importService = null!;

    [GlobalSetup]
    public void ParseNotes()
    {
        _import = NotesParser.Parse(NotesGenerator.Stories(StoryCount), "generated-notes.md");
        if (_import.Stories.Count != StoryCount)
        {
            throw new InvalidOperationException($"The generator's notes parse into {_import.Stories.Count} stories, not {StoryCount}.");
        }

        // A rejected story would be validated but not written, and the benchmark would measure less than it says.
        CreateDatabase();
        try
        {
            var preview = _importService.PreviewAsync(_import).GetAwaiter().GetResult();
            if (preview.Count(ImportAction.Create) != StoryCount)
            {
                throw new InvalidOperationException($"Not every generated story would be created: {preview.Summary()}.");
            }
        }
        finally
        {
            DeleteDatabase();
        }
    }

    [IterationSetup]
    public void CreateDatabase()
    {
        _databasePath = Path.Combine(Path.GetTempPath(), $"storybank-benchmark-{Guid.NewGuid():N}.db");
        var connectionString = StoryBankDatabase.ResolveConnectionString(_databasePath, null, null);
        _services = new ServiceCollection().AddStoryBankCore(connectionString).BuildServiceProvider();
        _services.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
        _importService = _services.GetRequiredService<ImportService>();
    }

    [Benchmark]
    public Task<ImportReport> SaveNewStories() => _importService.ImportAsync(_import);

    [IterationCleanup]
    public void DeleteDatabase()
    {
        _services?.Dispose();
        _services = null;

        // Pooled connections keep the file open; on Windows it could not be deleted, elsewhere it would leak handles.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (ReadOnlySpan<string>)["", "-wal", "-shm"])
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
