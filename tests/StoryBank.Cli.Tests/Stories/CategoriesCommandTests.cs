using StoryBank.Core.Stories;

namespace StoryBank.Cli.Tests.Stories;

public sealed class CategoriesCommandTests
{
    [Fact]
    public async Task Categories_lists_each_slug_name_and_story_count_from_the_given_database()
    {
        await using var database = await TestDatabase.CreateAsync();
        var failure = (await database.Get<CategoryService>().ListAsync()).Single(c => c.Slug == "failure");
        await database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Retraining", CategoryId = failure.Id });

        var run = await CliRun.InvokeAsync("categories", "--db", database.FilePath);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(17, lines.Length);
        Assert.Matches(@"^SLUG\s+NAME\s+STORIES$", lines[0]);
        Assert.Matches(@"^impact\s+Proudest work & impact\s+0$", lines[1]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^failure\s+Mistakes & failures\s+1$"));
    }
}
