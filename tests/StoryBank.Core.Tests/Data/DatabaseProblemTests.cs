using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Data;
using StoryBank.Core.Import;
using StoryBank.Core.Tests.Import;

namespace StoryBank.Core.Tests.Data;

public sealed class DatabaseProblemTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "storybank.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_database_damaged_in_the_middle_is_refused_at_start_before_anything_is_written()
    {
        await SeedAsync(DatabasePath);
        Corrupt(DatabasePath);
        var damaged = await File.ReadAllBytesAsync(DatabasePath);

        var error = await Assert.ThrowsAsync<DatabaseProblemException>(() => InitializeAsync($"Data Source={DatabasePath}"));

        Assert.Equal(DatabaseProblemKind.Corrupt, error.Problem.Kind);
        Assert.Equal($"The database {DatabasePath} is damaged, so nothing was written to it. Restore it from a backup (storybank restore BACKUP.json --db NEW.db), or move it aside to start a new one.", error.Message);
        SqliteConnection.ClearAllPools();
        Assert.Equal(damaged, await File.ReadAllBytesAsync(DatabasePath));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_called_damaged()
    {
        await File.WriteAllTextAsync(DatabasePath, new string('x', 8192));

        var error = await Assert.ThrowsAsync<DatabaseProblemException>(() => InitializeAsync($"Data Source={DatabasePath}"));

        Assert.Equal(DatabaseProblemKind.Corrupt, error.Problem.Kind);
    }

    [Fact]
    public async Task A_database_opened_read_only_is_refused_with_a_permissions_sentence()
    {
        // Tests run as root, where chmod does not stop writes; a read-only connection shows the same SQLite error.
        await SeedAsync(DatabasePath);

        var error = await Assert.ThrowsAsync<DatabaseProblemException>(() => InitializeAsync($"Data Source={DatabasePath};Mode=ReadOnly"));

        Assert.Equal(DatabaseProblemKind.ReadOnly, error.Problem.Kind);
        Assert.StartsWith($"The database {DatabasePath} cannot be written: it or its folder is read-only. Check the permissions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_another_program_holds_exclusively_is_called_locked()
    {
        await SeedAsync(DatabasePath);
        await using var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<DatabaseProblemException>(() => InitializeAsync($"Data Source={DatabasePath};Default Timeout=1"));

        Assert.Equal(DatabaseProblemKind.Locked, error.Problem.Kind);
        Assert.Equal($"The database {DatabasePath} is locked by another program (an import or restore still running, or a database tool). Close it or let it finish, then try again.", error.Message);
    }

    [SkippableFact]
    public async Task A_write_to_a_database_on_a_full_disk_is_called_full()
    {
        using var disk = SmallDisk.TryMount(kilobytes: 2048, out var reason);
        Skip.If(disk is null, reason);
        var path = Path.Combine(disk.Folder, "storybank.db");
        await using var services = await InitializeAsync($"Data Source={path}");
        var notes = await SeedNotesAsync();
        disk.Fill();

        var failure = await Record.ExceptionAsync(() => services.GetRequiredService<ImportService>().ImportAsync(notes));

        var problem = DatabaseProblem.From(Assert.IsAssignableFrom<Exception>(failure), path);
        Assert.Equal(DatabaseProblemKind.Full, problem?.Kind);
        Assert.Equal($"The disk holding the database {path} is full, so nothing was written. Free some space, then try again.", problem?.Message);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void An_error_that_is_not_about_the_file_is_not_a_database_problem()
    {
        Assert.Null(DatabaseProblem.From(new InvalidOperationException("no"), DatabasePath));
        Assert.Null(DatabaseProblem.From(new SqliteException("SQLite Error 1: 'no such table: Nope'.", 1), DatabasePath));
    }

    /// <summary>Overwrites eight pages in the middle of the file with a pattern, as a failing disk might.</summary>
    private static void Corrupt(string path)
    {
        SqliteConnection.ClearAllPools();
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        const int page = 4096;
        var middle = file.Length / 2 / page * page;
        file.Position = middle;
        var garbage = new byte[8 * page];
        garbage.AsSpan().Fill(0xA5);
        file.Write(garbage);
    }

    private static async Task SeedAsync(string path)
    {
        await using var services = await InitializeAsync($"Data Source={path}");
        await services.GetRequiredService<ImportService>().ImportAsync(await SeedNotesAsync());
        SqliteConnection.ClearAllPools();
    }

    private static async Task<NotesImport> SeedNotesAsync() =>
        NotesParser.Parse(await File.ReadAllTextAsync(ImportGold.TestDataPath("Seed", "interview-notes.md")), "interview-notes.md");

    private static async Task<ServiceProvider> InitializeAsync(string connectionString)
    {
        var services = new ServiceCollection().AddStoryBankCore(connectionString).BuildServiceProvider();
        try
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }
}
