namespace StoryBank.Web.Tests.Hosting;

public sealed class SeedImportTests
{
    [Fact]
    public async Task On_first_start_the_seed_notes_are_imported_and_listed()
    {
        await using var factory = new StoryBankWebApplicationFactory();
        using var client = factory.CreateClient();

        var stories = await client.GetStringAsync(new Uri("/stories", UriKind.Relative));
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Why Facebook?", stories, StringComparison.Ordinal);
        Assert.Contains("Tell me about a conflict with a coworker", stories, StringComparison.Ordinal);
        Assert.Contains("14 stories", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_story_page_and_editor_of_the_seed_answers_and_shows_its_question()
    {
        await using var factory = new StoryBankWebApplicationFactory();
        using var client = factory.CreateClient();
        var list = await client.GetStringAsync(new Uri("/stories", UriKind.Relative));
        var ids = System.Text.RegularExpressions.Regex.Matches(list, "data-story=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(14, ids.Count);
        foreach (var id in ids)
        {
            var story = await client.GetAsync(new Uri($"/stories/{id}", UriKind.Relative));
            var editor = await client.GetAsync(new Uri($"/stories/{id}/edit", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, story.StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.OK, editor.StatusCode);
        }

        var conflict = await client.GetStringAsync(new Uri("/stories?q=kubernetes", UriKind.Relative));
        Assert.Contains("Tell me about a conflict with a coworker", conflict, StringComparison.Ordinal);
        var gaps = await client.GetStringAsync(new Uri("/gaps?kind=empty-outcome", UriKind.Relative));
        Assert.Contains("Outcome is empty", gaps, StringComparison.Ordinal);
        Assert.Contains("Why Facebook?", gaps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_seed_folder_setting_turns_the_first_start_import_off()
    {
        await using var factory = new StoryBankWebApplicationFactory { SeedFolder = "" };
        using var client = factory.CreateClient();

        var stories = await client.GetStringAsync(new Uri("/stories", UriKind.Relative));

        Assert.DoesNotContain("Why Facebook?", stories, StringComparison.Ordinal);
        Assert.Contains("No stories yet", stories, StringComparison.Ordinal);
    }
}
