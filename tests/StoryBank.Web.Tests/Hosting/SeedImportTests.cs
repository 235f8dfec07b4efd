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
    public async Task An_empty_seed_folder_setting_turns_the_first_start_import_off()
    {
        await using var factory = new StoryBankWebApplicationFactory { SeedFolder = "" };
        using var client = factory.CreateClient();

        var stories = await client.GetStringAsync(new Uri("/stories", UriKind.Relative));

        Assert.DoesNotContain("Why Facebook?", stories, StringComparison.Ordinal);
        Assert.Contains("No stories yet", stories, StringComparison.Ordinal);
    }
}
