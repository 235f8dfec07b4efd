using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Stories;

namespace StoryBank.EndToEnd.Tests.Stories;

[Collection(AppGroup.Name)]
public sealed class StoryBankTests(AppFixture app)
{
    private StoryService Stories => app.Services.GetRequiredService<StoryService>();

    [BrowserFact]
    public async Task Home_flags_the_question_with_nothing_written()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("");

        var facebook = page.Locator(".category-stories li", new() { HasText = "Why Facebook?" });
        await Assertions.Expect(facebook).ToContainTextAsync("nothing written yet");
        await Assertions.Expect(page.Locator("li[data-category=motivation] .category-count")).ToHaveTextAsync("1");
    }

    [BrowserFact]
    public async Task An_edited_outcome_is_saved_and_still_there_after_a_reload()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "E2E outcome", Questions = ["Tell me about an e2e test?"] });
        var page = await app.NewPageAsync();
        await page.GotoAsync($"stories/{story.Id}/edit");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
        await Assertions.Expect(save).ToBeEnabledAsync();

        await page.GetByLabel("Outcome", new() { Exact = true }).FillAsync("Deploys went from **2 days** to 20 minutes.");
        await save.ClickAsync();
        await page.WaitForURLAsync($"**/stories/{story.Id}");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("[data-section=Outcome]")).ToContainTextAsync("Deploys went from 2 days to 20 minutes.");
        await Assertions.Expect(page.Locator("[data-section=Outcome] strong")).ToHaveTextAsync("2 days");
    }

    [BrowserFact]
    public async Task The_second_of_two_tabs_changing_the_same_field_chooses_between_both_versions()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Two tabs" });
        var first = await app.NewPageAsync();
        var second = await app.NewPageAsync();
        await first.GotoAsync($"stories/{story.Id}/edit");
        await second.GotoAsync($"stories/{story.Id}/edit");
        var firstSave = first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
        var secondSave = second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
        await Assertions.Expect(firstSave).ToBeEnabledAsync();
        await Assertions.Expect(secondSave).ToBeEnabledAsync();

        await first.GetByLabel("Title", new() { Exact = true }).FillAsync("Saved first");
        await firstSave.ClickAsync();
        await first.WaitForURLAsync($"**/stories/{story.Id}");
        await second.GetByLabel("Title", new() { Exact = true }).FillAsync("Saved second");
        await secondSave.ClickAsync();

        var conflict = second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "saved elsewhere" });
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        var title = conflict.GetByRole(AriaRole.Region, new() { Name = "Title" });
        await Assertions.Expect(title.Locator(".theirs")).ToContainTextAsync("Saved first");
        await Assertions.Expect(title.Locator(".mine")).ToContainTextAsync("Saved second");
        Assert.Equal("Saved first", (await Stories.GetAsync(story.Id))!.Title);

        await title.GetByRole(AriaRole.Button, new() { Name = "Keep mine" }).ClickAsync();
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Save with these choices" }).ClickAsync();

        await second.WaitForURLAsync($"**/stories/{story.Id}");
        Assert.Equal("Saved second", (await Stories.GetAsync(story.Id))!.Title);
    }

    [BrowserFact]
    public async Task The_second_of_two_tabs_changing_another_field_merges_both_and_says_so()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Two tabs, two fields" });
        var first = await app.NewPageAsync();
        var second = await app.NewPageAsync();
        await first.GotoAsync($"stories/{story.Id}/edit");
        await second.GotoAsync($"stories/{story.Id}/edit");
        var firstSave = first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
        var secondSave = second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
        await Assertions.Expect(firstSave).ToBeEnabledAsync();
        await Assertions.Expect(secondSave).ToBeEnabledAsync();

        await first.GetByLabel("Title", new() { Exact = true }).FillAsync("Title from the first tab");
        await firstSave.ClickAsync();
        await first.WaitForURLAsync($"**/stories/{story.Id}");
        await second.GetByLabel("Outcome", new() { Exact = true }).FillAsync("Outcome from the second tab");
        await secondSave.ClickAsync();

        await Assertions.Expect(second.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved, together with the changes made elsewhere to Title." })).ToBeVisibleAsync();
        var saved = (await Stories.GetAsync(story.Id))!;
        Assert.Equal("Title from the first tab", saved.Title);
        Assert.Equal("Outcome from the second tab", saved.Sections.Outcome);
    }

    [BrowserFact]
    public async Task Script_tags_and_javascript_links_in_notes_stay_inert()
    {
        var story = await Stories.CreateAsync(new StoryDraft
        {
            Title = "Hostile notes",
            Sections = new() { Situation = "Before <script>window.__pwned = 1;</script> after <img src=x onerror=\"window.__pwned = 2\">", Action = "[click me](javascript:window.__pwned=3) and [ok](https://example.com)" },
        });
        var page = await app.NewPageAsync();

        await page.GotoAsync($"stories/{story.Id}");

        await Assertions.Expect(page.Locator("[data-section=Situation]")).ToContainTextAsync("<script>window.__pwned = 1;</script>");
        await Assertions.Expect(page.Locator("[data-section=Situation] script")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-section=Situation] img")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-section=Action] a")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-section=Action] a")).ToHaveAttributeAsync("href", "https://example.com");
        await page.GetByText("click me").ClickAsync();
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
    }

    [BrowserFact]
    public async Task Searching_kubernetes_finds_the_conflict_story()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("stories");
        var search = page.GetByLabel("Search");
        await Assertions.Expect(search).ToBeEnabledAsync();

        await search.FillAsync("kubernetes");

        await page.WaitForURLAsync("**/stories?q=kubernetes");
        // Only a row of the search results has a highlighted match; before they arrive the list shows every story.
        var result = page.Locator(".story-list li", new() { HasText = "Tell me about a conflict with a coworker", Has = page.Locator("mark") });
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result.Locator("mark")).ToHaveTextAsync("kubernetes");
    }
}
