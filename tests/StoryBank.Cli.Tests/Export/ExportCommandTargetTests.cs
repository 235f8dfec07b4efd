using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Cli.Tests.Export;

public sealed class ExportCommandTargetTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_target_named_by_its_company_exports_its_sheet_as_markdown_why_answer_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddAmazonTargetAsync(database);
        var path = Path.Combine(_folder.Path, "amazon.md");

        var run = await CliRun.InvokeAsync("export", "--format", "md", "--target", "amazon", "--out", path, "--db", database.FilePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote 2 stories to {path}", run.Output.Trim());
        var markdown = await File.ReadAllTextAsync(path);
        Assert.StartsWith("# Amazon — Engineer\n\nInterview: 14 December 2026\n\n## Why Amazon?\n\n### Why Amazon?\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Customer Obsession\n\n### Tell me about a time you put the customer first.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_targets_pdf_carries_the_company_role_and_interview_day_in_its_header()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddAmazonTargetAsync(database);
        var path = Path.Combine(_folder.Path, "amazon.pdf");

        var run = await CliRun.InvokeAsync("export", "--format", "pdf", "--target", "Amazon — Engineer", "--name", "Jordan Lee", "--out", path, "--db", database.FilePath);

        Assert.Equal(0, run.ExitCode);
        using var pdf = new PdfReadBack(await File.ReadAllBytesAsync(path));
        Assert.Equal("Jordan Lee · Amazon — Engineer Interview 14 December 2026", pdf.Lines[0][0]);
        Assert.Equal("Why Amazon?", pdf.Lines[0][1]);
    }

    [Fact]
    public async Task An_unknown_target_fails_with_one_line_naming_the_known_ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await AddAmazonTargetAsync(database);

        var run = await CliRun.InvokeAsync("export", "--format", "pdf", "--target", "Google", "--out", Path.Combine(_folder.Path, "x.pdf"), "--db", database.FilePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"Unknown target \"Google\"; the targets are: Amazon — Engineer ({id}).", run.Error.Trim());
        Assert.False(File.Exists(Path.Combine(_folder.Path, "x.pdf")));
    }

    [Fact]
    public async Task A_target_does_not_apply_to_a_backup()
    {
        await using var database = await TestDatabase.CreateAsync();

        var run = await CliRun.InvokeAsync("export", "--format", "json", "--target", "Amazon", "--out", Path.Combine(_folder.Path, "b.json"), "--db", database.FilePath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--target does not apply to --format json", run.Error, StringComparison.Ordinal);
    }

    /// <summary>An Amazon target for Customer Obsession, with a "Why Amazon?" answer and one customer story.</summary>
    private static async Task<int> AddAmazonTargetAsync(TestDatabase database)
    {
        var categories = (await database.Get<CategoryService>().ListAsync()).ToDictionary(c => c.Slug, c => c.Id);
        var stories = database.Get<StoryService>();
        await stories.CreateAsync(new StoryDraft { Questions = ["Why Amazon?"], CategoryId = categories["motivation"], Sections = new() { Situation = "I have shopped there since school." } });
        await stories.CreateAsync(new StoryDraft { Questions = ["Tell me about a time you put the customer first."], CategoryId = categories["customer"], Sections = new() { Situation = "Checkout failed for one customer in five." } });
        return await database.Get<TargetService>().AddAsync(new NewTarget("Amazon", "Engineer", new DateOnly(2026, 12, 14), BuiltInModels.AmazonName, ["Customer Obsession"]));
    }
}
