using System.Text.Json.Nodes;

namespace StoryBank.Cli.Tests.Export;

public sealed class RestoreCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static string SeedNotes => Path.Combine(AppContext.BaseDirectory, "TestData", "interview-notes.md");

    private string SourceDatabase => Path.Combine(_folder.Path, "source.db");

    private string TargetDatabase => Path.Combine(_folder.Path, "target.db");

    private string BackupPath => Path.Combine(_folder.Path, "backup.json");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_backup_restored_into_a_fresh_database_gives_back_the_same_backup()
    {
        await ExportSeedBackupAsync();

        var run = await CliRun.InvokeAsync("restore", BackupPath, "--db", TargetDatabase);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Restored 14 stories, \d+ questions and 16 categories from ", run.Output.Trim());
        var again = Path.Combine(_folder.Path, "again.json");
        await CliRun.InvokeAsync("export", "--format", "json", "--out", again, "--db", TargetDatabase);
        Assert.Equal(await File.ReadAllBytesAsync(BackupPath), await File.ReadAllBytesAsync(again));
        var categories = await CliRun.InvokeAsync("categories", "--db", TargetDatabase);
        Assert.Matches(@"(?m)^disagreement\s+Disagreeing & pushing back\s+3$", categories.Output);
    }

    [Fact]
    public async Task A_database_with_stories_is_refused_without_force_and_replaced_with_it()
    {
        await ExportSeedBackupAsync();
        await CliRun.InvokeAsync("import", SeedNotes, "--db", TargetDatabase);
        var refused = await CliRun.InvokeAsync("restore", BackupPath, "--db", TargetDatabase);

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("The database is not empty: it holds 14 stories, ", refused.Error, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was restored; use --force to replace it all with the backup.", refused.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(refused.Error.Trim().Split('\n'));

        var forced = await CliRun.InvokeAsync("restore", BackupPath, "--force", "--db", TargetDatabase);

        Assert.Equal(0, forced.ExitCode);

        // The database file alone says little in WAL mode; what it holds now must be exactly the backup.
        var again = Path.Combine(_folder.Path, "again.json");
        await CliRun.InvokeAsync("export", "--format", "json", "--out", again, "--db", TargetDatabase);
        Assert.Equal(await File.ReadAllBytesAsync(BackupPath), await File.ReadAllBytesAsync(again));
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_fails_with_one_line_saying_where()
    {
        var path = Path.Combine(_folder.Path, "notes.json");
        await File.WriteAllTextAsync(path, "{\n  \"format\": \"storybank-backup\",\n  \"formatVersion\": 1,\n  oops\n}");

        var run = await CliRun.InvokeAsync("restore", path, "--db", TargetDatabase);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("notes.json: not JSON: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("(line 4, position 3).", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_fails_with_its_path()
    {
        var run = await CliRun.InvokeAsync("restore", Path.Combine(_folder.Path, "nope.json"), "--db", TargetDatabase);

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("nope.json: no such file.", run.Error.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(TargetDatabase));
    }

    [Fact]
    public async Task A_backup_with_a_title_the_editor_would_refuse_is_not_restored_and_says_where_in_one_line()
    {
        await ExportSeedBackupAsync();
        var json = JsonNode.Parse(await File.ReadAllTextAsync(BackupPath))!;
        json["stories"]![0]!["title"] = new string('t', 500);
        await File.WriteAllTextAsync(BackupPath, json.ToJsonString());

        var run = await CliRun.InvokeAsync("restore", BackupPath, "--db", TargetDatabase);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("backup.json: not a valid StoryBank backup: $.stories[0].title (story 1): Title must be at most 120 characters; it has 500.", run.Error.Trim());
        var categories = await CliRun.InvokeAsync("categories", "--db", TargetDatabase);
        Assert.All(categories.Output.Trim().Split('\n').Skip(1), line => Assert.EndsWith(" 0", line.TrimEnd(), StringComparison.Ordinal));
    }

    private async Task ExportSeedBackupAsync()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", SourceDatabase);
        var run = await CliRun.InvokeAsync("export", "--format", "json", "--out", BackupPath, "--db", SourceDatabase);
        Assert.Equal(0, run.ExitCode);
    }
}
