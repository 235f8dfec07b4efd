using System.Text.Json.Nodes;
using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Cli.Tests.Targets;

public sealed class TargetsCommandTests : IDisposable
{
    private const string JobDescription = """
        Customer Support Team Lead

        What you'll do
        - Lead a team of 8 support specialists and give them feedback every week
        - Handle escalations from frustrated customers

        Benefits
        - Flexible hours
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Add_then_list_shows_the_target_with_its_date_model_and_competency_count()
    {
        await using var database = await TestDatabase.CreateAsync();

        var added = await CliRun.InvokeAsync("targets", "add", "Amazon", "--role", "Senior Engineer", "--date", "2026-12-03", "--model", "amazon leadership principles", "--db", database.FilePath);
        var list = await CliRun.InvokeAsync("targets", "list", "--db", database.FilePath);

        Assert.Equal(0, added.ExitCode);
        var count = BuiltInModels.All.Single(m => m.Name == BuiltInModels.AmazonName).Competencies.Count;
        Assert.StartsWith($"Added target 1: Amazon — Senior Engineer (Amazon Leadership Principles, {count} competencies).", added.Output, StringComparison.Ordinal);
        Assert.Contains("  Customer Obsession", added.Output, StringComparison.Ordinal);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^ID\s+DATE\s+TARGET\s+MODEL \(COMPETENCIES\)$", lines[0]);
        Assert.Matches($@"^1\s+2026-12-03\s+Amazon — Senior Engineer\s+Amazon Leadership Principles \({count}\)$", lines[1]);
    }

    [Fact]
    public async Task List_with_no_targets_says_how_to_add_one()
    {
        await using var database = await TestDatabase.CreateAsync();

        var run = await CliRun.InvokeAsync("targets", "list", "--db", database.FilePath);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("No targets yet; add one with: storybank targets add", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--date", "03/12/2026", "--date: \"03/12/2026\" is not a date as YYYY-MM-DD.")]
    [InlineData("--model", "Google", "There is no competency model \"Google\"; the models are: Amazon Leadership Principles, Meta signals, Generic.")]
    public async Task Add_with_a_bad_value_says_why_in_one_line_and_adds_nothing(string option, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync();

        var run = await CliRun.InvokeAsync("targets", "add", "Acme", option, value, "--db", database.FilePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(message, run.Error.Trim());
        Assert.Empty(await database.Get<TargetService>().ListAsync());
    }

    [Fact]
    public async Task Add_with_a_job_description_takes_the_competencies_it_asks_for_in_the_models_order()
    {
        await using var database = await TestDatabase.CreateAsync();
        var file = Path.Combine(_folder.Path, "jd.txt");
        await File.WriteAllTextAsync(file, JobDescription);

        var run = await CliRun.InvokeAsync("targets", "add", "Tilebase", "--role", "Support Lead", "--jd", file, "--model", "Amazon Leadership Principles", "--db", database.FilePath);

        Assert.Equal(0, run.ExitCode);
        var target = (await database.Get<TargetService>().GetAsync(1))!;
        Assert.Equal(["Earn Trust", "Learn and Be Curious", "Customer Obsession", "Hire and Develop the Best", "Strive to be Earth's Best Employer"], target.Competencies.Select(c => c.Name));
    }

    [Fact]
    public async Task Remove_deletes_the_target_and_keeps_its_stories()
    {
        await using var database = await TestDatabase.CreateAsync();
        var story = await database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Kept" });
        var targets = database.Get<TargetService>();
        var id = await targets.AddAsync(new NewTarget("Meta", "Engineering Manager"));
        await targets.PickStoriesAsync((await targets.GetAsync(id))!.Competencies[0].Id, [story.Id]);

        var run = await CliRun.InvokeAsync("targets", "remove", "meta", "--db", database.FilePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Removed target 1: Meta — Engineering Manager. Its stories are kept.", run.Output.Trim());
        Assert.Empty(await targets.ListAsync());
        Assert.NotNull(await database.Get<StoryService>().GetAsync(story.Id));
    }

    [Fact]
    public async Task Remove_of_an_ambiguous_or_unknown_name_removes_nothing_and_says_so()
    {
        await using var database = await TestDatabase.CreateAsync();
        var targets = database.Get<TargetService>();
        await targets.AddAsync(new NewTarget("Amazon", "Engineer"));
        await targets.AddAsync(new NewTarget("Amazon", "Manager"));

        var ambiguous = await CliRun.InvokeAsync("targets", "remove", "Amazon", "--db", database.FilePath);
        var unknown = await CliRun.InvokeAsync("targets", "remove", "Meta", "--db", database.FilePath);

        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Equal("\"Amazon\" names 2 targets: 1 Amazon — Engineer; 2 Amazon — Manager. Give the id.", ambiguous.Error.Trim());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("There is no target \"Meta\"; 'storybank targets list' shows them.", unknown.Error.Trim());
        Assert.Equal(2, (await targets.ListAsync()).Count);
    }

    [Fact]
    public async Task Match_prints_each_category_with_the_sentences_that_triggered_it()
    {
        var file = Path.Combine(_folder.Path, "jd.txt");
        await File.WriteAllTextAsync(file, JobDescription);

        var run = await CliRun.InvokeAsync("targets", "match", file, "--model", "Meta signals", "--db", Path.Combine(_folder.Path, "storybank.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Customer focus (customer): asked for, score 6", run.Output, StringComparison.Ordinal);
        Assert.Contains("  line 5 (requirements list, \"customer\"): Handle escalations from frustrated customers", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ambiguity & stretch (ambiguity): mentioned only, score 0.5", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("Meta signals: Driving Results, Growing Continuously", run.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_json_is_the_matchers_json_and_needs_no_database()
    {
        var file = Path.Combine(_folder.Path, "jd.txt");
        await File.WriteAllTextAsync(file, JobDescription);

        var run = await CliRun.InvokeAsync("targets", "match", file, "--json", "--db", Path.Combine(_folder.Path, "none", "storybank.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JobDescriptionJson.Serialize(JobDescriptionMatcher.Match(JobDescription)), run.Output.Trim());
        var first = JsonNode.Parse(run.Output)!["categories"]![0]!;
        Assert.Equal("customer", first["slug"]!.GetValue<string>());
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "none")));
    }

    [Fact]
    public async Task Match_of_a_description_with_nothing_recognised_says_so_and_succeeds()
    {
        var file = Path.Combine(_folder.Path, "jd.txt");
        await File.WriteAllTextAsync(file, "Forklift driver\n\nLoad and unload trucks.\n");

        var run = await CliRun.InvokeAsync("targets", "match", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JobDescriptionMatch.NothingRecognisedMessage, run.Output.Trim());
    }

    [Fact]
    public async Task Match_of_a_missing_file_says_which_in_one_line()
    {
        var file = Path.Combine(_folder.Path, "missing.txt");

        var run = await CliRun.InvokeAsync("targets", "match", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(file + ": ", run.Error, StringComparison.Ordinal);
    }
}
