using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages.Stories;

namespace StoryBank.Web.Tests.Components.Pages.Stories;

public sealed class StoryDetailsTests : PageTest
{
    [Fact]
    public async Task A_story_whose_only_writing_is_a_follow_up_answer_offers_to_move_it_into_action()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft
        {
            Questions = ["Why Facebook?"], FollowUps = [new FollowUp { Question = "What did you do?", Answer = "I rewrote the pipeline." }],
        });

        var details = Render<StoryDetails>(p => p.Add(d => d.Id, story.Id));

        details.WaitForAssertion(() => Assert.NotEmpty(details.FindAll(".move-answer")), Wait);
        Assert.Contains("“What did you do?”", details.Find(".move-answer").TextContent, StringComparison.Ordinal);
        details.Find(".move-answer button").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        details.WaitForAssertion(() => Assert.EndsWith($"stories/{story.Id}", navigation.Uri, StringComparison.Ordinal), Wait);
        Assert.Equal("I rewrote the pipeline.", (await stories.GetAsync(story.Id))!.Sections.Action);
    }

    [Fact]
    public async Task A_story_with_a_section_written_does_not_offer_the_move()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft
        {
            Title = "Quotas", Sections = new() { Situation = "s" }, FollowUps = [new FollowUp { Question = "What did you do?", Answer = "I asked." }],
        });

        var details = Render<StoryDetails>(p => p.Add(d => d.Id, story.Id));

        details.WaitForAssertion(() => Assert.NotEmpty(details.FindAll("[data-section=Situation]")), Wait);
        Assert.Empty(details.FindAll(".move-answer"));
    }
}
