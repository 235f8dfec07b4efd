using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Stories;

namespace StoryBank.EndToEnd.Tests.Layout;

/// <summary>axe-core finds nothing on any page, in the states a person sees it in.</summary>
[Collection(AppGroup.Name)]
public sealed class AccessibilityTests(AppFixture app)
{
    private StoryService Stories => app.Services.GetRequiredService<StoryService>();

    [BrowserFact]
    public async Task Home_has_no_axe_violations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("");
        await Assertions.Expect(page.Locator(".category-grid")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page, "Home");
    }

    [BrowserFact]
    public async Task Stories_with_a_pager_has_no_axe_violations()
    {
        // More stories than one page holds, so the pager shows with its "Previous" link disabled.
        var ids = new List<int>();
        for (var i = 0; i < 51; i++)
        {
            ids.Add((await Stories.CreateAsync(new StoryDraft { Title = $"Axepager story {i}" })).Id);
        }

        try
        {
            var page = await app.NewPageAsync();
            await page.GotoAsync("stories?q=axepager");
            await Assertions.Expect(page.GetByLabel("Search")).ToBeEnabledAsync();
            await Assertions.Expect(page.Locator(".pager")).ToBeVisibleAsync();

            await Axe.AssertNoViolationsAsync(page, "Stories");
        }
        finally
        {
            foreach (var id in ids)
            {
                await Stories.DeleteAsync(id);
            }
        }
    }

    [BrowserFact]
    public async Task A_story_has_no_axe_violations()
    {
        var story = await CodeStoryAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"stories/{story.Id}");
        await Assertions.Expect(page.Locator("[data-section=Action] code")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page, "a story");
    }

    [BrowserFact]
    public async Task The_editor_with_its_preview_has_no_axe_violations()
    {
        var story = await CodeStoryAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"stories/{story.Id}/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator(".preview code").First).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page, "the editor");
    }

    [BrowserFact]
    public async Task Gaps_has_no_axe_violations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("gaps");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page, "Gaps");
    }

    [BrowserFact]
    public async Task Import_with_a_preview_has_no_axe_violations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("import");
        var file = page.GetByLabel("Notes file");
        await Assertions.Expect(file).ToBeEnabledAsync();
        await Axe.AssertNoViolationsAsync(page, "Import before a file is chosen");

        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "axe-notes.md",
            MimeType = "text/markdown",
            Buffer = Encoding.UTF8.GetBytes(
                "# Conflict\n\n## Tell me about a time you used `git bisect` to settle an argument?\n\n"
                + "**Situation:** Two of us blamed each other's change for a **30%** slowdown.\n\n"
                + "**Action:** I ran `git bisect` over 40 commits.\n\n- What did you learn?\n\n**lost bold\n"),
        });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Preview of axe-notes.md" })).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page, "the Import preview");
    }

    [BrowserFact]
    public async Task Export_has_no_axe_violations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("export");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download PDF" })).ToBeEnabledAsync();

        await Axe.AssertNoViolationsAsync(page, "Export");
    }

    [BrowserFact]
    public async Task Practice_has_no_axe_violations_in_any_of_its_states()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("practice");
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true });
        await Assertions.Expect(start).ToBeEnabledAsync();
        await Axe.AssertNoViolationsAsync(page, "Practice, ready");

        // Not the conflict category: the practice round test expects its questions unrated.
        await page.Locator("[data-category=failure] input").CheckAsync();
        await Assertions.Expect(page.Locator(".question-meta")).ToContainTextAsync("Mistakes & failures");
        await start.ClickAsync();
        await Assertions.Expect(start).ToBeDisabledAsync();
        await Axe.AssertNoViolationsAsync(page, "Practice, timing");

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reveal", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".cue-card")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "Practice, story revealed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Good", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved: Good");
        await Axe.AssertNoViolationsAsync(page, "Practice, rated");
    }

    [BrowserFact]
    public async Task Not_found_has_no_axe_violations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("no-such-page");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page, "NotFound");
    }

    [BrowserFact]
    public async Task A_skip_link_before_the_menu_moves_focus_to_the_content()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("gaps");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        // Navigation puts focus on the page's heading; a keyboard user who goes back to the top finds the skip link
        // as the first stop, before the brand and the menu.
        await page.GetByRole(AriaRole.Link, new() { Name = "StoryBank", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "the Tab after the skip link lands inside the content, not back in the menu");
    }

    [BrowserFact]
    public async Task On_home_keyboard_focus_reaches_what_to_fill_next_before_the_category_grid()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("");
        await Assertions.Expect(page.Locator(".category-grid")).ToBeVisibleAsync();
        await page.Locator("main").FocusAsync();

        string? reached = null;
        for (var i = 0; i < 40 && reached is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<string?>(
                "() => document.activeElement.closest('.next-up') ? 'next' : document.activeElement.closest('.category-grid') ? 'grid' : null");
        }

        Assert.Equal("next", reached);
    }

    private Task<Story> CodeStoryAsync() => Stories.CreateAsync(new StoryDraft
    {
        Title = "Axe code story",
        Questions = ["Tell me about a time you used a tool to settle an argument?"],
        Sections = new() { Situation = "Two of us blamed each other's change for a **30%** slowdown.", Action = "I ran `git bisect` over *40 commits* and shared the [log](https://example.com).", Outcome = "The culprit was a third change; `p95` fell back to 120 ms." },
        Metrics = ["30% slowdown"],
        FollowUps = [new FollowUp { Question = "What did you learn?", Answer = "Measure `first`." }],
    });
}
