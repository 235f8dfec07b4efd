using AngleSharp.Dom;
using StoryBank.Core.Practice;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages;
using StoryBank.Web.Components.Pages.Gaps;
using StoryBank.Web.Components.Pages.Practice;
using StoryBank.Web.Components.Pages.Stories;

namespace StoryBank.Web.Tests.Components.Pages;

/// <summary>
/// A right-to-left override (U+202E) in a story reverses the text after it up to the end of its bidi isolate: every
/// piece of the person's text sits in a <c>&lt;bdi&gt;</c> (or a Markdown block), so it never reverses the page's own
/// words around it ("from invoice‮gnp.exe, lines 3–5").
/// </summary>
public sealed class UserTextTests : PageTest
{
    private const string Override = "\u202E";

    [Fact]
    public async Task The_stories_list_isolates_every_piece_of_user_text()
    {
        await CreateHostileStoryAsync();

        var list = Render<StoryList>();

        list.WaitForAssertion(() => Assert.Single(list.FindAll(".story-list li")), Wait);
        AssertIsolated(list.Nodes, expectedAtLeast: 2);
    }

    [Fact]
    public async Task The_story_page_isolates_every_piece_of_user_text()
    {
        var story = await CreateHostileStoryAsync();

        var details = Render<StoryDetails>(parameters => parameters.Add(p => p.Id, story.Id));

        details.WaitForAssertion(() => Assert.NotEmpty(details.FindAll("h1")), Wait);
        AssertIsolated(details.Nodes, expectedAtLeast: 6);
    }

    [Fact]
    public async Task Home_and_gaps_isolate_story_labels()
    {
        await CreateHostileStoryAsync();

        var home = Render<Home>();
        var gaps = Render<Gaps>();

        home.WaitForAssertion(() => Assert.Contains(Override, home.Markup, StringComparison.Ordinal), Wait);
        gaps.WaitForAssertion(() => Assert.Contains(Override, gaps.Markup, StringComparison.Ordinal), Wait);
        AssertIsolated(home.Nodes, expectedAtLeast: 1);
        AssertIsolated(gaps.Nodes, expectedAtLeast: 1);
    }

    [Fact]
    public void The_practice_cue_card_isolates_every_piece_of_user_text()
    {
        var card = new CueCard(1, $"invoice{Override}gnp.exe", [$"10x{Override} faster"], [new CueLine(StorySection.Situation, $"We{Override} shipped.")], [$"Why{Override} now?"], 0);

        var rendered = Render<PracticeCueCard>(parameters => parameters.Add(p => p.Card, card));

        AssertIsolated(rendered.Nodes, expectedAtLeast: 4);
    }

    private async Task<Story> CreateHostileStoryAsync() =>
        await Database.Get<StoryService>().CreateAsync(new StoryDraft
        {
            Title = $"invoice{Override}gnp.exe",
            Questions = [$"Tell me about{Override} a conflict?"],
            CategoryId = await CategoryIdAsync("conflict"),
            Sections = new() { Situation = $"It began{Override} on Monday." },
            Metrics = [$"10x{Override} faster"],
            FollowUps = [new FollowUp { Question = $"Why{Override} then?", Answer = $"Because{Override} it was due." }],
        });

    private static void AssertIsolated(INodeList nodes, int expectedAtLeast)
    {
        var hostile = nodes.SelectMany(n => n.GetDescendantsAndSelf()).Where(n => n.NodeType == NodeType.Text && n.TextContent.Contains(Override, StringComparison.Ordinal)).ToList();
        Assert.True(hostile.Count >= expectedAtLeast, $"only {hostile.Count} pieces of the story shown");
        Assert.All(hostile, text => Assert.True(
            text.GetAncestors().OfType<IElement>().Any(e => e.LocalName == "bdi" || e.ClassList.Contains("markdown")),
            $"not isolated: \"{text.TextContent}\" in <{text.ParentElement?.LocalName} class=\"{text.ParentElement?.ClassName}\">"));
    }
}
