using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages;
using StoryBank.Web.Components.Pages.Gaps;

namespace StoryBank.Web.Tests.Components.Pages;

public sealed class HomeTests : PageTest
{
    [Fact]
    public async Task The_grid_shows_every_category_with_its_count_and_stories_with_their_readiness()
    {
        var stories = Database.Get<StoryService>();
        var conflict = await CategoryIdAsync("conflict");
        await stories.CreateAsync(new StoryDraft { Title = "Quotas", CategoryId = conflict, Sections = new() { Situation = "s", Role = "r", Action = "I a" }});
        await stories.CreateAsync(new StoryDraft { Questions = ["Why do you clash?"], CategoryId = conflict });

        var home = Render<Home>();

        home.WaitForAssertion(() => Assert.Equal(16, home.FindAll("li.category-card").Count), Wait);
        var card = home.Find("li[data-category=conflict]");
        Assert.Equal("Conflict with peers", card.QuerySelector(".category-name")!.TextContent);
        Assert.Equal("2", card.QuerySelector(".category-count")!.TextContent);
        var storyItems = card.QuerySelectorAll(".category-stories li");
        Assert.Equal("Quotas", storyItems[0].QuerySelector("a")!.TextContent);
        Assert.Equal("3 of 4 STAR sections filled", storyItems[0].QuerySelector(".readiness")!.GetAttribute("aria-label"));
        Assert.Equal("Why do you clash?", storyItems[1].QuerySelector("a")!.TextContent);
        Assert.Contains("nothing written yet", storyItems[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("is-empty", home.Find("li[data-category=failure]").ClassName, StringComparison.Ordinal);
        Assert.Contains("2 stories · 15 of 16 categories still empty", home.Find(".summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_to_fill_next_ranks_findings_and_links_to_the_field()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Quotas", CategoryId = await CategoryIdAsync("conflict"), Sections = new() { Situation = "s" }});

        var home = Render<Home>();

        home.WaitForAssertion(() => Assert.NotEmpty(home.FindAll(".next-up .finding")), Wait);
        var findings = home.FindAll(".next-up .finding");
        Assert.Equal("category-without-stories", findings[0].GetAttribute("data-check"));
        Assert.Equal("stories/new?category=impact", findings[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(12, findings.Count);
        Assert.Contains("All ", home.Find(".next-up a[href=gaps]").TextContent, StringComparison.Ordinal);

        Services.GetRequiredService<NavigationManager>().NavigateTo("gaps?kind=empty-outcome");
        var gaps = Render<Gaps>();
        gaps.WaitForAssertion(() => Assert.NotEmpty(gaps.FindAll(".finding")), Wait);
        var outcome = gaps.Find(".finding[data-check=empty-outcome]");
        Assert.Equal($"stories/{story.Id}/edit?field=Outcome", outcome.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Quotas · Conflict with peers", outcome.QuerySelector(".finding-where")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_seed_story_with_nothing_written_is_flagged()
    {
        await ImportSeedAsync();

        var home = Render<Home>();

        home.WaitForAssertion(() => Assert.NotEmpty(home.FindAll("li.category-card")), Wait);
        var facebook = home.FindAll(".category-stories li").Single(li => li.TextContent.Contains("Why Facebook?", StringComparison.Ordinal));
        Assert.Contains("nothing written yet", facebook.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_of_white_space_alone_is_empty_on_home_and_in_the_gaps()
    {
        var story = await Database.Get<StoryService>().CreateAsync(
            new StoryDraft { Title = "Quotas", CategoryId = await CategoryIdAsync("conflict"), Sections = new() { Situation = "s", Role = "r", Action = "I a", Outcome = "  \n\t " }});

        var home = Render<Home>();

        home.WaitForAssertion(() => Assert.NotEmpty(home.FindAll("li.category-card")), Wait);
        var item = home.Find("li[data-category=conflict] .category-stories li");
        Assert.Equal("3 of 4 STAR sections filled", item.QuerySelector(".readiness")!.GetAttribute("aria-label"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("gaps?kind=empty-outcome");
        var gaps = Render<Gaps>();
        gaps.WaitForAssertion(() => Assert.Single(gaps.FindAll(".finding[data-check=empty-outcome]")), Wait);
        Assert.Equal($"stories/{story.Id}/edit?field=Outcome", gaps.Find(".finding[data-check=empty-outcome] a").GetAttribute("href"));
    }

    [Fact]
    public async Task Stories_without_a_category_are_counted_and_filed_with_one_click_from_their_own_card()
    {
        var stories = Database.Get<StoryService>();
        var conflict = await CategoryIdAsync("conflict");
        await stories.CreateAsync(new StoryDraft { Title = "Filed", CategoryId = conflict });
        var loose = await stories.CreateAsync(new StoryDraft { Questions = ["Why this company?"] });

        var home = Render<Home>();

        home.WaitForAssertion(() => Assert.NotEmpty(home.FindAll("li[data-category=none]")), Wait);
        Assert.Contains("2 stories ·", home.Find(".summary").TextContent, StringComparison.Ordinal);
        var card = home.Find("li[data-category=none]");
        Assert.Equal(("No category yet", "1"), (card.QuerySelector(".category-name")!.TextContent, card.QuerySelector(".category-count")!.TextContent));
        Assert.Equal("Why this company?", card.QuerySelector(".category-stories a")!.TextContent);

        home.Find("li[data-category=none] select").Change(conflict.ToString(System.Globalization.CultureInfo.InvariantCulture));

        home.WaitForAssertion(() => Assert.Equal("filed under Conflict with peers", home.Find("li[data-category=none] .filed").TextContent), Wait);
        Assert.Equal(conflict, (await stories.GetAsync(loose.Id))!.CategoryId);
    }

    [Fact]
    public async Task A_story_whose_only_writing_is_a_follow_up_answer_is_not_flagged_as_nothing_written()
    {
        await Database.Get<StoryService>().CreateAsync(new StoryDraft
        {
            Title = "Answered", CategoryId = await CategoryIdAsync("conflict"), FollowUps = [new FollowUp { Question = "What did you do?", Answer = "I asked." }],
        });

        var home = Render<Home>();

        home.WaitForAssertion(() => Assert.NotEmpty(home.FindAll("li[data-category=conflict] .category-stories li")), Wait);
        var item = home.Find("li[data-category=conflict] .category-stories li");
        Assert.DoesNotContain("nothing written yet", item.TextContent, StringComparison.Ordinal);
    }
}
