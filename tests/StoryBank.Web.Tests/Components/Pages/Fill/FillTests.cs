using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Coaching;
using StoryBank.Core.Stories;

namespace StoryBank.Web.Tests.Components.Pages.Fill;

public sealed class FillTests : PageTest
{
    [Fact]
    public async Task The_walk_shows_one_gap_with_its_prompt_and_context_and_ctrl_enter_saves_and_moves_on()
    {
        var conflict = await CategoryIdAsync("conflict");
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft
        {
            Title = "Quotas", Questions = ["Tell me about a conflict"], CategoryId = conflict, Sections = new() { Situation = "Two teams wanted one cluster.", Role = "r", Action = "I set up a meeting." },
        });
        var total = (await Database.Get<StoryBank.Core.Fill.FillService>().GapsAsync()).Count;

        var fill = Render<StoryBank.Web.Components.Pages.Fill.Fill>();

        fill.WaitForAssertion(() => Assert.NotEmpty(fill.FindAll(".fill-step")), Wait);
        Assert.Equal(CoachingChecks.EmptyOutcome, fill.Find(".fill-step").GetAttribute("data-check"));
        Assert.Equal("Tell me about a conflict", fill.Find(".fill-question").TextContent);
        Assert.Equal("Quotas", fill.Find(".fill-title").TextContent);
        Assert.Equal("Outcome", fill.Find(".fill-field").TextContent);
        Assert.Equal("What changed, in numbers?", fill.Find(".fill-prompt").TextContent);
        Assert.Contains("Two teams wanted one cluster.", fill.Find(".fill-context").TextContent, StringComparison.Ordinal);
        Assert.Empty(fill.FindAll(".fill-context [data-section=Outcome]"));
        Assert.Equal($"1 of {total} gaps, 0 filled this session", fill.Find(".progress-text").TextContent);

        fill.Find("#fill-text").Input("Contention fell by 30% in a month.");
        Assert.Equal("7 words · about 0:03 spoken", fill.Find(".fill-count").TextContent);
        await fill.Find("#fill-text").KeyDownAsync(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        fill.WaitForAssertion(() => Assert.Equal($"2 of {total} gaps, 1 filled this session", fill.Find(".progress-text").TextContent), Wait);
        Assert.Equal("Contention fell by 30% in a month.", (await Database.Get<StoryService>().GetAsync(story.Id))!.Sections.Outcome);
        Assert.Equal(CoachingChecks.TooShort, fill.Find(".fill-step").GetAttribute("data-check"));
        Assert.Equal("I set up a meeting.", fill.Find("#fill-text").GetAttribute("value"));

        fill.FindAll(".fill-buttons button").Single(b => b.TextContent == "Skip").Click();
        fill.WaitForAssertion(() => Assert.Equal($"3 of {total} gaps, 1 filled this session", fill.Find(".progress-text").TextContent), Wait);
        fill.FindAll(".fill-buttons button").Single(b => b.TextContent == "Back").Click();
        fill.WaitForAssertion(() => Assert.Equal($"2 of {total} gaps, 1 filled this session", fill.Find(".progress-text").TextContent), Wait);
    }

    [Fact]
    public async Task The_walk_narrows_to_a_kind_and_starts_at_the_gap_it_was_opened_from()
    {
        var stories = Database.Get<StoryService>();
        await stories.CreateAsync(new StoryDraft { Title = "First", Sections = new() { Situation = "s" }});
        var second = await stories.CreateAsync(new StoryDraft { Title = "Second", Sections = new() { Situation = "s", Role = "r" }});
        var navigation = Services.GetRequiredService<NavigationManager>();

        navigation.NavigateTo("fill?kind=no-follow-ups");
        var byKind = Render<StoryBank.Web.Components.Pages.Fill.Fill>();
        byKind.WaitForAssertion(() => Assert.Equal(CoachingChecks.FewFollowUps, byKind.Find(".fill-step").GetAttribute("data-check")), Wait);
        Assert.Equal("1 of 2 gaps, 0 filled this session", byKind.Find(".progress-text").TextContent);
        Assert.Equal("What would an interviewer ask next? Write the question.", byKind.Find(".fill-prompt").TextContent);

        navigation.NavigateTo($"fill?gap={Uri.EscapeDataString($"empty-action/story/{second.Id}")}");
        var fromGap = Render<StoryBank.Web.Components.Pages.Fill.Fill>();
        fromGap.WaitForAssertion(() => Assert.Equal(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), fromGap.Find(".fill-step").GetAttribute("data-story")), Wait);
        Assert.Equal("Action", fromGap.Find(".fill-field").TextContent);
    }

    [Fact]
    public async Task A_story_saved_elsewhere_is_not_overwritten_and_the_typing_is_kept()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Quotas", Sections = new() { Situation = "s" }});
        var fill = Render<StoryBank.Web.Components.Pages.Fill.Fill>();
        fill.WaitForAssertion(() => Assert.Equal("Outcome", fill.Find(".fill-field").TextContent), Wait);

        await stories.UpdateAsync(story.Id, new StoryDraft { Title = "Quotas", Sections = new() { Situation = "s", Outcome = "Theirs: 2 teams agreed." }}, story.Version);
        fill.Find("#fill-text").Input("Mine: 30% less contention.");
        fill.FindAll(".fill-buttons button").Single(b => b.TextContent.StartsWith("Save", StringComparison.Ordinal)).Click();

        fill.WaitForAssertion(() => Assert.Contains("Theirs: 2 teams agreed.", fill.Find(".fill-message").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("Mine: 30% less contention.", fill.Find("#fill-text").GetAttribute("value"));
        Assert.Equal("Theirs: 2 teams agreed.", (await stories.GetAsync(story.Id))!.Sections.Outcome);
        Assert.Contains("0 filled this session", fill.Find(".progress-text").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gaps_link_to_the_fill_page_at_that_gap()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Quotas", CategoryId = await CategoryIdAsync("conflict") });

        var gaps = Render<StoryBank.Web.Components.Pages.Gaps.Gaps>();

        gaps.WaitForAssertion(() => Assert.NotEmpty(gaps.FindAll(".finding[data-check=empty-outcome]")), Wait);
        Assert.Equal($"fill?gap=empty-outcome%2Fstory%2F{story.Id}", gaps.Find(".finding[data-check=empty-outcome] a.finding-fill").GetAttribute("href"));
        Assert.Empty(gaps.FindAll(".finding[data-check=no-title] a.finding-fill"));
    }
}
