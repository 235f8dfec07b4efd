using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages.Stories;

namespace StoryBank.Web.Tests.Components.Pages.Stories;

public sealed class TitleSuggestionPickerTests : PageTest
{
    [Fact]
    public async Task The_editor_offers_titles_from_the_story_and_one_click_takes_one_that_saves()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft
        {
            Questions = ["Tell me about a conflict"], Sections = new() { Action = "I set up **a shared quota board** with both leads." }, Metrics = ["10x surge in ticket volume"],
        });
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".title-suggestion")), Wait);
        Assert.Equal(["A shared quota board", "10x surge in ticket volume"], editor.FindAll(".title-suggestion").Take(2).Select(b => b.TextContent));

        editor.FindAll(".title-suggestion")[1].Click();

        Assert.Equal("10x surge in ticket volume", editor.Find("#Title").GetAttribute("value"));
        Assert.Empty(editor.FindAll(".title-suggestion"));
        editor.Find("form").Submit();
        editor.WaitForAssertion(() => Assert.EndsWith($"stories/{story.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), Wait);
        Assert.Equal("10x surge in ticket volume", (await Database.Get<StoryService>().GetAsync(story.Id))!.Title);
    }
}
