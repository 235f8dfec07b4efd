using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core;
using StoryBank.Core.Data;
using StoryBank.Core.Import;
using StoryBank.Core.Settings;

namespace StoryBank.Cli.Tests.Export;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static string SeedNotes => Path.Combine(AppContext.BaseDirectory, "TestData", "interview-notes.md");

    private string DatabasePath => Path.Combine(_folder.Path, "storybank.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Markdown_export_of_the_seed_reads_back_as_the_same_stories()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var path = Path.Combine(_folder.Path, "stories.md");

        var run = await CliRun.InvokeAsync("export", "--format", "md", "--out", path, "--db", DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote 14 stories to {path}", run.Output.Trim());
        var markdown = await File.ReadAllTextAsync(path);
        Assert.StartsWith("## Proudest work & impact\n\n### Describe the project you're most proud of\n", markdown, StringComparison.Ordinal);
        var original = NotesParser.Parse(await File.ReadAllTextAsync(SeedNotes), "interview-notes.md").Stories;
        var readBack = NotesParser.Parse(markdown, "stories.md").Stories;
        Assert.Equal(original.Select(s => s.Question).Order(), readBack.Select(s => s.Question).Order());
        Assert.Equal(original.Sum(s => s.Metrics.Count), readBack.Sum(s => s.Metrics.Count));
    }

    [Fact]
    public async Task A_category_option_exports_only_that_category()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var path = Path.Combine(_folder.Path, "conflict.md");

        var run = await CliRun.InvokeAsync("export", "--format", "md", "--out", path, "--category", "disagreement", "--category", "failure", "--db", DatabasePath);

        Assert.Equal(0, run.ExitCode);
        var stories = NotesParser.Parse(await File.ReadAllTextAsync(path), "conflict.md").Stories;
        Assert.Equal(5, stories.Count);
        Assert.All(stories, s => Assert.True(s.Category is "disagreement" or "failure", s.Category));
    }

    [Fact]
    public async Task A_pdf_without_out_or_name_is_named_after_the_saved_name_and_the_day()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        await using (var services = new ServiceCollection().AddStoryBankCore(StoryBankDatabase.ResolveConnectionString(DatabasePath, null, null)).BuildServiceProvider())
        {
            await services.GetRequiredService<SettingsService>().SavePersonNameAsync("Jordan Lee");
        }

        var day = TimeProvider.System.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = Path.GetFullPath($"jordan-lee-cheat-sheet-{day}.pdf");
        try
        {
            var run = await CliRun.InvokeAsync("export", "--format", "pdf", "--db", DatabasePath);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal($"Wrote 14 stories to {expected}", run.Output.Trim());
            Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(expected))[..5]);
        }
        finally
        {
            File.Delete(expected);
        }
    }

    [Fact]
    public async Task Markdown_still_needs_out()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);

        var run = await CliRun.InvokeAsync("export", "--format", "md", "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--out is required for --format md.", run.Error.Trim());
    }

    [Fact]
    public async Task The_pdf_export_writes_a_cheat_sheet()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var path = Path.Combine(_folder.Path, "sheet.pdf");

        var run = await CliRun.InvokeAsync("export", "--format", "pdf", "--out", path, "--layout", "full", "--paper", "letter", "--name", "Ada Lovelace", "--db", DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote 14 stories to {path}", run.Output.Trim());
        Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(path))[..5]);
    }

    [Fact]
    public async Task The_json_export_is_a_backup_of_everything()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var path = Path.Combine(_folder.Path, "backup.json");

        var run = await CliRun.InvokeAsync("export", "--format", "json", "--out", path, "--db", DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"^Wrote a backup of 14 stories, \d+ questions and 16 categories to {System.Text.RegularExpressions.Regex.Escape(path)}$", run.Output.Trim());
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        Assert.Equal("storybank-backup", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(14, json.RootElement.GetProperty("stories").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_category_fails_with_one_line_naming_the_known_ones()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var path = Path.Combine(_folder.Path, "out.md");

        var run = await CliRun.InvokeAsync("export", "--format", "md", "--out", path, "--category", "conflict", "--category", "nope", "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Unknown category \"nope\"; the categories are: impact, conflict, disagreement,", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task An_unknown_story_fails_with_one_line()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var path = Path.Combine(_folder.Path, "out.pdf");

        var run = await CliRun.InvokeAsync("export", "--format", "pdf", "--out", path, "--story", "1", "--story", "999999", "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("There is no story 999999.", run.Error.Trim());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_story_option_exports_only_those_stories()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var path = Path.Combine(_folder.Path, "two.md");

        var run = await CliRun.InvokeAsync("export", "--format", "md", "--out", path, "--story", "1", "--story", "2", "--db", DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote 2 stories to {path}", run.Output.Trim());
    }

    [Theory]
    [InlineData("md", "--layout", "full", "--layout only applies to --format pdf.")]
    [InlineData("json", "--name", "Ada", "--name only applies to --format pdf.")]
    [InlineData("json", "--category", "conflict", "--category does not apply to --format json: a backup holds everything")]
    [InlineData("json", "--story", "1", "--story does not apply to --format json: a backup holds everything")]
    public async Task An_option_that_does_not_apply_to_the_format_fails_with_one_line(string format, string option, string value, string message)
    {
        var run = await CliRun.InvokeAsync("export", "--format", format, "--out", Path.Combine(_folder.Path, "out"), option, value, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_format_that_does_not_exist_fails_with_one_line_on_stderr()
    {
        var run = await CliRun.InvokeAsync("export", "--format", "docx", "--out", Path.Combine(_folder.Path, "out"), "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--format must be pdf, md or json, not \"docx\".", run.Error.Trim());
    }

    [Fact]
    public async Task An_empty_selection_fails_instead_of_writing_an_empty_file()
    {
        var path = Path.Combine(_folder.Path, "out.md");

        var run = await CliRun.InvokeAsync("export", "--format", "md", "--out", path, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("No stories to export: none matches the chosen categories and --only-complete.", run.Error.Trim());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task An_unwritable_output_fails_with_one_line_and_no_stack_trace()
    {
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);

        var run = await CliRun.InvokeAsync("export", "--format", "md", "--out", Path.Combine(_folder.Path, "missing", "folder", "out.md"), "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("out.md", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_backup_onto_a_full_disk_fails_with_one_line_and_keeps_the_previous_backup()
    {
        using var disk = SmallDisk.TryMount(kilobytes: 512, out var reason);
        Skip.If(disk is null, reason);
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        var path = Path.Combine(disk.Folder, "backup.json");
        Assert.Equal(0, (await CliRun.InvokeAsync("export", "--format", "json", "--out", path, "--db", DatabasePath)).ExitCode);
        var previous = await File.ReadAllBytesAsync(path);
        disk.Fill();

        var run = await CliRun.InvokeAsync("export", "--format", "json", "--out", path, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was written; the previous file is unchanged.", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal(previous, await File.ReadAllBytesAsync(path));
        Assert.Equal([path, Path.Combine(disk.Folder, "filler")], Directory.GetFiles(disk.Folder).Order());
    }

    [SkippableFact]
    public async Task A_pdf_onto_a_full_disk_leaves_no_empty_file()
    {
        using var disk = SmallDisk.TryMount(kilobytes: 64, out var reason);
        Skip.If(disk is null, reason);
        await CliRun.InvokeAsync("import", SeedNotes, "--db", DatabasePath);
        disk.Fill();
        var path = Path.Combine(disk.Folder, "sheet.pdf");

        var run = await CliRun.InvokeAsync("export", "--format", "pdf", "--out", path, "--db", DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("Nothing was written.", run.Error.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Equal([Path.Combine(disk.Folder, "filler")], Directory.GetFiles(disk.Folder));
    }
}
