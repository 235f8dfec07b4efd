using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Cli.Tests.Import;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static string SeedNotes => Path.Combine(AppContext.BaseDirectory, "TestData", "interview-notes.md");

    private string DatabasePath => Path.Combine(_folder.Path, "storybank.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_dry_run_prints_the_json_contract_and_touches_no_database()
    {
        var run = await CliRun.InvokeAsync("import", SeedNotes, "--dry-run", "--json", "--db", DatabasePath);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var stories = json.RootElement.GetProperty("stories");
        Assert.Equal(14, stories.GetArrayLength());
        var first = stories[0];
        Assert.Equal("Describe the project you're most proud of", first.GetProperty("question").GetString());
        Assert.Equal("impact", first.GetProperty("category").GetString());
        foreach (var field in new[] { "variants", "title", "situation", "role", "action", "outcome", "reflection", "notes", "metrics", "followUps" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"the contract has \"{field}\"");
        }

        Assert.Equal("interview-notes.md", first.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(1, first.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal(88, json.RootElement.GetProperty("warnings")[0].GetProperty("line").GetInt32());
        Assert.False(File.Exists(DatabasePath), "a dry run must not create the database");
    }

    [Fact]
    public async Task A_dry_run_prints_the_roles_it_inferred_and_a_roles_file_in_that_format_corrects_them()
    {
        var notes = Path.Combine(_folder.Path, "notes.md");
        await File.WriteAllTextAsync(notes, "## Why us?\nBecause.\n\n## Tell me about a conflict\nWe argued.\n");
        var inferred = await CliRun.InvokeAsync("import", notes, "--dry-run", "--json");
        var rolesFile = Path.Combine(_folder.Path, "roles.json");
        await File.WriteAllTextAsync(rolesFile, """{"blocks": [{"line": 1, "role": "ignore"}]}""");

        var corrected = await CliRun.InvokeAsync("import", notes, "--dry-run", "--json", "--roles", rolesFile);

        using var before = JsonDocument.Parse(inferred.Output);
        var roles = before.RootElement.GetProperty("roles");
        Assert.Equal("question", roles.GetProperty("levels").GetProperty("h2").GetString());
        Assert.Equal(
            ["1 h2 question", "4 h2 question"],
            roles.GetProperty("blocks").EnumerateArray().Select(b => $"{b.GetProperty("line").GetInt32()} {b.GetProperty("level").GetString()} {b.GetProperty("role").GetString()}"));
        using var after = JsonDocument.Parse(corrected.Output);
        Assert.Equal(0, corrected.ExitCode);
        Assert.Equal("Tell me about a conflict", Assert.Single(after.RootElement.GetProperty("stories").EnumerateArray()).GetProperty("question").GetString());
        Assert.Equal(1, after.RootElement.GetProperty("warnings")[0].GetProperty("line").GetInt32());
        Assert.Equal("ignore", after.RootElement.GetProperty("roles").GetProperty("blocks")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_roles_file_that_is_not_one_fails_with_one_line()
    {
        var rolesFile = Path.Combine(_folder.Path, "roles.json");
        await File.WriteAllTextAsync(rolesFile, """{"levels": {"h2": "sometimes"}}""");

        var run = await CliRun.InvokeAsync("import", SeedNotes, "--dry-run", "--roles", rolesFile);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("roles.json: not a roles file", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Importing_prints_the_counts_and_warnings_and_a_second_import_changes_nothing()
    {
        var first = await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var second = await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);

        Assert.Equal(0, first.ExitCode);
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("14 created, 0 updated, 0 unchanged, 0 skipped (changed in the app since they were imported)", lines[0]);
        Assert.Equal("interview-notes.md:88: Empty bullet: this list item has no text.", lines[1]);
        Assert.StartsWith("0 created, 0 updated, 14 unchanged, 0 skipped", second.Output, StringComparison.Ordinal);

        var categories = await CliRun.InvokeAsync("categories", "--db", DatabasePath);
        Assert.Matches(@"(?m)^disagreement\s+Disagreeing & pushing back\s+3$", categories.Output);
    }

    [Fact]
    public async Task A_story_deleted_in_the_app_stays_deleted_unless_brought_back()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        await using (var services = new ServiceCollection().AddStoryBankCore(StoryBankDatabase.ResolveConnectionString(DatabasePath, null, null)).BuildServiceProvider())
        {
            var stories = services.GetRequiredService<StoryService>();
            var whyFacebook = (await stories.ListAsync()).Single(s => s.Questions.Contains("Why Facebook?"));
            await stories.DeleteAsync(whyFacebook.Id);
        }

        var again = await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var back = await CliRun.InvokeAsync("import", SeedNotes, "--bring-back-deleted", "--db", DatabasePath);

        Assert.StartsWith("0 created, 0 updated, 13 unchanged, 1 skipped", again.Output, StringComparison.Ordinal);
        Assert.Contains("\"Why Facebook?\" was deleted in the app after it was imported, so it was not brought back.", again.Output, StringComparison.Ordinal);
        Assert.StartsWith("1 created, 0 updated, 13 unchanged, 0 skipped", back.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_that_tell_a_story_without_asking_a_question_are_imported_as_that_story()
    {
        var path = Path.Combine(_folder.Path, "story.md");
        await File.WriteAllTextAsync(path, "When our billing job started double-charging customers, I was on call. I rolled it back within the hour and refunded everyone.\n");

        var run = await CliRun.InvokeAsync("import", path, "--db", DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1 created, 0 updated, 0 unchanged, 0 skipped", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roles_file_can_make_stories_of_notes_that_would_be_refused_without_it()
    {
        var notes = Path.Combine(_folder.Path, "labels.md");
        await File.WriteAllTextAsync(notes, "strengths:\n  - calm\n\nweaknesses:\n  - impatience\n");
        var rolesFile = Path.Combine(_folder.Path, "roles.json");
        await File.WriteAllTextAsync(rolesFile, """{"blocks": [{"line": 1, "role": "question"}, {"line": 4, "role": "question"}]}""");

        var refused = await CliRun.InvokeAsync("import", notes, "--dry-run", "--json");
        var corrected = await CliRun.InvokeAsync("import", notes, "--dry-run", "--json", "--roles", rolesFile);

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("labels.md: no interview question found", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, corrected.ExitCode);
        using var json = JsonDocument.Parse(corrected.Output);
        Assert.Equal(
            ["strengths:", "weaknesses:"],
            json.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("question").GetString()));
    }

    [Theory]
    [InlineData("", "empty.md: the file is empty")]
    [InlineData("just thoughts, no questions\n", "empty.md: no interview question found")]
    public async Task Unusable_notes_fail_with_one_line_and_leave_the_database_alone(string notes, string message)
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var before = await BackupAsync("before.json");
        var path = Path.Combine(_folder.Path, "empty.md");
        await File.WriteAllTextAsync(path, notes);

        var run = await CliRun.InvokeAsync("import", path, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await BackupAsync("after.json"));
    }

    // In WAL mode the database file's bytes change when a pooled connection checkpoints,
    // so "left alone" is checked by what the database holds: its full JSON backup.
    private async Task<string> BackupAsync(string name)
    {
        var path = Path.Combine(_folder.Path, name);
        var run = await CliRun.InvokeAsync("export", "--format", "json", "--out", path, "--db", DatabasePath);
        Assert.Equal(0, run.ExitCode);
        return await File.ReadAllTextAsync(path);
    }

    [Fact]
    public async Task A_binary_file_fails_with_its_line()
    {
        var path = Path.Combine(_folder.Path, "photo.md");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var run = await CliRun.InvokeAsync("import", path, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("photo.md:3: this is not a text file (it contains binary data).", run.Error.Trim());
    }

    [Fact]
    public async Task A_file_over_5_megabytes_fails_with_its_size()
    {
        var path = Path.Combine(_folder.Path, "huge.md");
        await File.WriteAllTextAsync(path, "## Why us?\n" + new string('a', 6 * 1024 * 1024));

        var run = await CliRun.InvokeAsync("import", path, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("huge.md: the file is 6.0 MB; notes files can be at most 5 MB.", run.Error.Trim());
    }

    [Fact]
    public async Task A_missing_file_fails_with_its_path()
    {
        var run = await CliRun.InvokeAsync("import", Path.Combine(_folder.Path, "nope.md"), "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("nope.md: no such file.", run.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_nested_3000_deep_without_spaces_fail_with_one_line_not_a_stack_trace()
    {
        var path = Path.Combine(_folder.Path, "deep.md");
        await File.WriteAllTextAsync(path, $"## Tell me about a deep topic?\n{new string('>', 3000)}the bottom\n");

        var run = await CliRun.InvokeAsync("import", path, "--dry-run", "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("deep.md: lists or quotes are nested too deeply to read (more than 32 levels); flatten them and try again.", run.Error.Trim());
    }

    [Fact]
    public async Task A_named_pipe_fails_at_once_with_one_line_naming_it()
    {
        var fifo = Path.Combine(_folder.Path, "notes.md");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var run = await CliRun.InvokeAsync("import", fifo, "--db", DatabasePath).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{fifo}: not a notes file but a named pipe (FIFO); give the path of a Markdown file.", run.Error.Trim());
    }

    [Fact]
    public async Task A_link_to_dev_zero_fails_at_once_with_one_line_naming_it()
    {
        var link = Path.Combine(_folder.Path, "notes.md");
        File.CreateSymbolicLink(link, "/dev/zero");

        var run = await CliRun.InvokeAsync("import", link, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{link}: not a notes file but a link to /dev/zero, which is a character device; give the path of a Markdown file.", run.Error.Trim());
    }

    [Fact]
    public async Task Importing_into_a_database_damaged_in_the_middle_fails_with_what_to_do_and_writes_nothing()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(DatabasePath, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = file.Length / 2 / 4096 * 4096;
            file.Write(Enumerable.Repeat((byte)0xA5, 8 * 4096).ToArray());
        }

        var damaged = await File.ReadAllBytesAsync(DatabasePath);

        var run = await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal($"The database {DatabasePath} is damaged, so nothing was written to it. Restore it from a backup (storybank restore BACKUP.json --db NEW.db), or move it aside to start a new one.", run.Error.Trim());
        SqliteConnection.ClearAllPools();
        Assert.Equal(damaged, await File.ReadAllBytesAsync(DatabasePath));
    }
}
