using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Stories;

namespace StoryBank.EndToEnd.Tests.Layout;

/// <summary>The page's boxes at a desktop and a phone width.</summary>
[Collection(AppGroup.Name)]
public sealed class LayoutTests(AppFixture app)
{
    private const int Desktop = 1280;
    private const int Phone = 390;

    private StoryService Stories => app.Services.GetRequiredService<StoryService>();

    [BrowserFact]
    public async Task The_sidebar_background_runs_the_full_height_of_a_long_page()
    {
        var page = await NewPageAsync(Desktop);
        await page.GotoAsync("gaps");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        var heights = await page.EvaluateAsync<double[]>(
            "() => [document.querySelector('.sidebar').getBoundingClientRect().height, document.documentElement.scrollHeight, window.innerHeight]");

        Assert.True(heights[1] > heights[2] * 2, $"Gaps is a long page ({heights[1]} px in an {heights[2]} px window)");
        Assert.True(heights[0] >= heights[1] - 1, $"the sidebar is {heights[0]} px tall on a {heights[1]} px page");
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task An_unbroken_300_character_word_wraps_instead_of_widening_the_page(int width)
    {
        var word = string.Concat(Enumerable.Repeat("Unbroken", 38))[..300];
        var story = await Stories.CreateAsync(new StoryDraft
        {
            Title = "A long word story that also has a long title for the page heading",
            Questions = [$"Tell me about {word}?"],
            Sections = new() { Situation = word, Action = $"I wrote **{word}** and `{word}`." },
            Metrics = [word[..200]],
            FollowUps = [new FollowUp { Question = $"{word}?", Answer = word }],
        });
        try
        {
            var page = await NewPageAsync(width);
            foreach (var address in new[] { $"stories/{story.Id}", "stories?q=Unbroken" })
            {
                await page.GotoAsync(address);
                await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByText(word[..40]).First).ToBeAttachedAsync();

                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(scrollWidth <= width, $"/{address} at {width} px is {scrollWidth} px wide; too wide: {await TooWideAsync(page, width)}");
            }

            // The app's own labels still keep their words whole: the story page's Edit button stays on one line.
            await page.GotoAsync($"stories/{story.Id}");
            var edit = await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).BoundingBoxAsync();
            Assert.True(edit!.Height < 50, $"the Edit button is {edit.Height} px tall: its word broke");
        }
        finally
        {
            await Stories.DeleteAsync(story.Id);
        }
    }

    [BrowserFact]
    public async Task On_a_phone_what_to_fill_next_comes_before_the_category_grid()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoAsync("");
        await Assertions.Expect(page.Locator(".category-grid")).ToBeVisibleAsync();

        var next = await page.Locator(".next-up").BoundingBoxAsync();
        var grid = await page.Locator(".category-grid").BoundingBoxAsync();

        Assert.True(next!.Y + next.Height <= grid!.Y, $"'What to fill next' ends at {next.Y + next.Height} px, the grid starts at {grid.Y} px");
        Assert.True(next.Width > Phone * 0.8, $"'What to fill next' takes the phone's width ({next.Width} px)");
    }

    private static Task<string> TooWideAsync(IPage page, int width) => page.EvaluateAsync<string>(
        """
        width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width)
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replaceAll(' ', '.') : ''))
            .join(', ')
        """,
        width);

    private async Task<IPage> NewPageAsync(int width)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);
        return page;
    }
}
