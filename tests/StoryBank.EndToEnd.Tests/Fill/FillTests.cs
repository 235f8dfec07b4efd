using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Stories;

namespace StoryBank.EndToEnd.Tests.Fill;

[Collection(AppGroup.Name)]
public sealed class FillTests(AppFixture app)
{
    private StoryService Stories => app.Services.GetRequiredService<StoryService>();

    [BrowserFact]
    public async Task Three_gaps_in_a_row_are_filled_with_the_keyboard_alone_and_saved()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("fill?kind=empty-section");
        var box = page.Locator("#fill-text");
        var progress = page.Locator(".progress-text");

        var filled = new List<(int StoryId, string Field, string Text)>();
        for (var i = 0; i < 3; i++)
        {
            await Assertions.Expect(box).ToBeFocusedAsync();
            await Assertions.Expect(progress).ToContainTextAsync($"{i} filled this session");
            var storyId = int.Parse((await page.Locator(".fill-step").GetAttributeAsync("data-story"))!, CultureInfo.InvariantCulture);
            var field = await page.Locator(".fill-field").TextContentAsync();
            var text = $"Keyboard fill {i}: cut the wait by {i + 2}0%.";

            await page.Keyboard.TypeAsync(text);
            await Assertions.Expect(page.Locator(".fill-count")).ToContainTextAsync("8 words");
            await page.Keyboard.PressAsync("Control+Enter");

            filled.Add((storyId, field!, text));
        }

        await Assertions.Expect(progress).ToContainTextAsync("4 of ");
        await Assertions.Expect(progress).ToContainTextAsync("3 filled this session");
        foreach (var (storyId, field, text) in filled)
        {
            var story = (await Stories.GetAsync(storyId))!;
            var saved = field switch
            {
                "Situation" => story.Sections.Situation,
                "Role" => story.Sections.Role,
                "Action" => story.Sections.Action,
                _ => story.Sections.Outcome,
            };
            Assert.Equal(text, saved);
        }
    }
}
