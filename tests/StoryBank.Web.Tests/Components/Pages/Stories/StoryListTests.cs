using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages.Stories;

namespace StoryBank.Web.Tests.Components.Pages.Stories;

public sealed class StoryListTests : PageTest
{
    [Fact]
    public async Task Each_row_shows_the_title_and_questions_and_links_to_the_story()
    {
        await ImportSeedAsync();

        var list = Render<StoryList>();

        list.WaitForAssertion(() => Assert.Equal(14, list.FindAll(".story-list li").Count), Wait);
        var row = list.FindAll(".story-list li").Single(li => li.TextContent.Contains("Why Facebook?", StringComparison.Ordinal));
        Assert.Equal($"stories/{row.GetAttribute("data-story")}", row.QuerySelector("a.story-title")!.GetAttribute("href"));
        Assert.Equal("14 stories", list.Find(".count").TextContent);
    }

    [Fact]
    public async Task The_category_filter_comes_from_the_address_and_changing_it_navigates()
    {
        await ImportSeedAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("stories?category=disagreement");

        var list = Render<StoryList>();

        list.WaitForAssertion(() => Assert.Equal(3, list.FindAll(".story-list li").Count), Wait);
        Assert.All(list.FindAll(".story-meta"), meta => Assert.Contains("Disagreeing & pushing back", meta.TextContent, StringComparison.Ordinal));

        list.Find("#category-filter").Change("failure");

        Assert.EndsWith("stories?category=failure", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_box_is_labelled_and_finds_stories_with_the_match_highlighted()
    {
        await ImportSeedAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("stories?q=kubernetes");

        var list = Render<StoryList>();

        Assert.Equal("Search", list.Find("label[for=story-search]").TextContent);
        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll(".story-list li").Count), Wait);
        Assert.Contains(list.FindAll(".story-match mark"), mark => mark.TextContent == "kubernetes");
        Assert.Contains(list.FindAll(".story-title"), q => q.TextContent == "Tell me about a conflict with a coworker");

        list.Find("#story-search").Input("persona");
        Database.Clock.Advance(TimeSpan.FromMilliseconds(250));

        list.WaitForAssertion(() => Assert.EndsWith("stories?q=persona", navigation.Uri, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public async Task The_search_runs_a_quarter_second_after_the_last_key_press_on_the_page_clock()
    {
        await ImportSeedAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("stories");
        var list = Render<StoryList>();
        list.WaitForAssertion(() => Assert.Equal(14, list.FindAll(".story-list li").Count), Wait);

        list.Find("#story-search").Input("per");
        Database.Clock.Advance(TimeSpan.FromMilliseconds(200));
        list.Find("#story-search").Input("persona");
        Database.Clock.Advance(TimeSpan.FromMilliseconds(249));

        Assert.EndsWith("/stories", navigation.Uri, StringComparison.Ordinal);

        Database.Clock.Advance(TimeSpan.FromMilliseconds(1));

        // No real waiting: the pause is measured on the page's clock, so the search runs as the clock moves.
        Assert.EndsWith("stories?q=persona", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_no_category_filter_lists_the_stories_without_one()
    {
        var stories = Database.Get<StoryService>();
        await stories.CreateAsync(new StoryDraft { Title = "Filed", CategoryId = await CategoryIdAsync("conflict") });
        var loose = await stories.CreateAsync(new StoryDraft { Title = "Loose" });
        Services.GetRequiredService<NavigationManager>().NavigateTo("stories?category=none");

        var list = Render<StoryList>();

        list.WaitForAssertion(() => Assert.Equal(loose.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(list.FindAll(".story-list li")).GetAttribute("data-story")), Wait);
        Assert.Equal("No category (1)", list.Find("#category-filter option[value=none]").TextContent);
    }

    [Fact]
    public async Task An_untitled_story_is_listed_by_its_question_and_a_titled_one_by_its_title()
    {
        await ImportSeedAsync();

        var list = Render<StoryList>();

        list.WaitForAssertion(() => Assert.Equal(14, list.FindAll(".story-list li").Count), Wait);
        Assert.DoesNotContain(list.FindAll(".story-title"), a => a.TextContent == "(untitled story)");
        var facebook = list.FindAll(".story-list li").Single(li => li.QuerySelector(".story-title")!.TextContent == "Why Facebook?");
        Assert.Empty(facebook.QuerySelectorAll(".story-question"));
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("99999999")]
    [InlineData("3")]
    public async Task A_page_past_the_end_shows_the_last_page(string page)
    {
        for (var i = 0; i < 60; i++)
        {
            await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = $"Story {i:00}" });
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo($"stories?sort=Title&page={page}");

        var list = Render<StoryList>();

        list.WaitForAssertion(() => Assert.Equal(10, list.FindAll(".story-list li").Count), Wait);
        Assert.Contains("Page 2 of 2", list.Find(".pager").TextContent, StringComparison.Ordinal);
        Assert.Equal("Story 59", list.FindAll(".story-title")[^1].TextContent);
    }
}
