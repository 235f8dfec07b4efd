using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Stories;

namespace StoryBank.EndToEnd.Tests.Stories;

[Collection(AppGroup.Name)]
public sealed class StoryEditorTests(AppFixture app)
{
    private StoryService Stories => app.Services.GetRequiredService<StoryService>();

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("語")]
    public async Task Notes_pasted_up_to_the_limit_are_saved_whole_in_any_script(string character)
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Long notes", Questions = ["Tell me about long notes?"] });
        var page = await OpenEditorAsync(story.Id);
        var notes = string.Concat(Enumerable.Repeat(character, StoryLimits.SectionLength));
        var answer = string.Concat(Enumerable.Repeat(character, StoryLimits.SectionLength));
        var title = string.Concat(Enumerable.Repeat(character, StoryLimits.TitleLength));

        await page.GetByLabel("Notes", new() { Exact = true }).FillAsync(notes);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add follow-up" }).ClickAsync();
        await page.GetByLabel("Follow-up 1 question").FillAsync("And then?");
        await page.GetByLabel("Follow-up 1 answer").FillAsync(answer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/stories/{story.Id}");

        var saved = (await Stories.GetAsync(story.Id))!;
        Assert.Equal(notes, saved.Sections.Notes);
        Assert.Equal(title, saved.Title);
        Assert.Equal(answer, Assert.Single(saved.FollowUps).Answer);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("語")]
    public async Task Notes_over_the_limit_get_the_validators_message_and_nothing_is_saved(string character)
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Too long", Sections = new() { Notes = "Short notes." }});
        var page = await OpenEditorAsync(story.Id);

        await page.GetByLabel("Notes", new() { Exact = true }).FillAsync(string.Concat(Enumerable.Repeat(character, 25_000)));
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(string.Concat(Enumerable.Repeat(character, 130)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var notesField = page.Locator(".field", new() { Has = page.GetByLabel("Notes", new() { Exact = true }) });
        await Assertions.Expect(notesField.Locator(".validation-message")).ToHaveTextAsync("Notes must be at most 20,000 characters; it has 25,000.");
        var titleField = page.Locator(".field", new() { Has = page.GetByLabel("Title", new() { Exact = true }) });
        await Assertions.Expect(titleField.Locator(".validation-message")).ToHaveTextAsync("Title must be at most 120 characters; it has 130.");
        Assert.EndsWith($"stories/{story.Id}/edit", page.Url, StringComparison.Ordinal);
        var stored = (await Stories.GetAsync(story.Id))!;
        Assert.Equal("Short notes.", stored.Sections.Notes);
        Assert.Equal("Too long", stored.Title);
    }

    [Theory]
    [InlineData("sidebar link")]
    [InlineData("back")]
    [InlineData("reload")]
    [InlineData("cancel")]
    public async Task Every_way_out_of_an_editor_with_unsaved_changes_asks_first(string wayOut)
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Leaving", Questions = ["Tell me about leaving?"] });
        var page = await app.NewPageAsync();
        await page.GotoAsync($"stories/{story.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/stories/{story.Id}/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToBeEnabledAsync();
        var title = page.GetByLabel("Title", new() { Exact = true });
        await title.FillAsync("Typed and not saved");
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };

        var leave = wayOut switch
        {
            "sidebar link" => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Gaps" }).ClickAsync(),
            "back" => page.EvaluateAsync("() => history.back()"),
            "reload" => page.EvaluateAsync("() => location.reload()"),
            _ => page.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync(),
        };
        await leave;

        Assert.NotNull(await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await Assertions.Expect(title).ToHaveValueAsync("Typed and not saved");
        Assert.EndsWith($"stories/{story.Id}/edit", page.Url, StringComparison.Ordinal);
    }

    private async Task<IPage> OpenEditorAsync(int id)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"stories/{id}/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToBeEnabledAsync();
        return page;
    }
}
