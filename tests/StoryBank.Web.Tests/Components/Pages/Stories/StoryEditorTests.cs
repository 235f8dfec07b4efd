using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages.Stories;

namespace StoryBank.Web.Tests.Components.Pages.Stories;

public sealed class StoryEditorTests : PageTest
{
    [Fact]
    public async Task The_form_has_a_visible_label_for_every_field()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Quotas" });

        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("form")), Wait);
        var labels = editor.FindAll("label, legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Superset(
            new HashSet<string> { "Title", "Questions", "Category", "Situation", "Role", "Action", "Outcome", "Reflection", "Notes", "Metrics", "Follow-ups" },
            labels.ToHashSet());
        Assert.Equal("Save", editor.Find("button[type=submit]").TextContent);
        Assert.Contains(editor.FindAll("button"), b => b.TextContent == "Cancel");
    }

    [Fact]
    public async Task Validation_messages_from_the_validator_appear_next_to_the_field()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Quotas" });
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#Title")), Wait);

        editor.Find("#Title").Input(new string('t', 121));
        editor.Find("button:contains('Add follow-up')").Click();
        editor.Find("textarea[aria-label='Follow-up 1 answer']").Input("An answer without a question");
        editor.Find("form").Submit();

        var messages = editor.FindAll(".validation-message").Select(m => m.TextContent).ToList();
        Assert.Contains("Title must be at most 120 characters; it has 121.", messages);
        Assert.Contains("Follow-up 1 has an answer but no question.", messages);
        Assert.Equal("Quotas", (await Database.Get<StoryService>().GetAsync(story.Id))!.Title);
    }

    [Fact]
    public async Task Saving_writes_every_field_and_opens_the_story()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Quotas" });
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#Outcome")), Wait);

        editor.Find("#Outcome").Input("Contention fell by **30%**.");
        editor.Find("button:contains('Add metric')").Click();
        editor.Find("input[aria-label='Metric 1']").Input("30% less contention");
        editor.Find("form").Submit();

        editor.WaitForAssertion(() => Assert.EndsWith($"stories/{story.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), Wait);
        var saved = (await Database.Get<StoryService>().GetAsync(story.Id))!;
        Assert.Equal("Contention fell by **30%**.", saved.Outcome);
        Assert.Equal(["30% less contention"], saved.Metrics);
        Assert.Equal(2, saved.Version);
    }

    [Fact]
    public async Task A_save_after_someone_else_saved_reports_the_conflict_and_can_overwrite()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Quotas" });
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#Title")), Wait);
        await stories.UpdateAsync(story.Id, new StoryDraft { Title = "Saved in another tab" }, story.Version);

        editor.Find("#Title").Input("Mine");
        editor.Find("form").Submit();

        editor.WaitForAssertion(() => Assert.Contains("This story was saved elsewhere", editor.Find(".conflict").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("Saved in another tab", (await stories.GetAsync(story.Id))!.Title);

        editor.Find("button:contains('Overwrite with mine')").Click();

        editor.WaitForAssertion(async () => Assert.Equal("Mine", (await stories.GetAsync(story.Id))!.Title), Wait);
    }

    [Fact]
    public async Task Reloading_after_a_conflict_shows_their_version()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Quotas" });
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#Title")), Wait);
        await stories.UpdateAsync(story.Id, new StoryDraft { Title = "Theirs" }, story.Version);
        editor.Find("#Title").Input("Mine");
        editor.Find("form").Submit();
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".conflict")), Wait);

        editor.Find("button:contains('Reload their version')").Click();

        editor.WaitForAssertion(() => Assert.Equal("Theirs", editor.Find("#Title").GetAttribute("value")), Wait);
        Assert.Empty(editor.FindAll(".conflict"));
    }

    [Fact]
    public async Task Metrics_can_be_moved_and_removed()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Quotas", Metrics = ["first", "second", "third"] });
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("input[aria-label='Metric 1']")), Wait);

        editor.Find("button[aria-label='Move metric 3 up']").Click();
        editor.Find("button[aria-label='Remove metric 1']").Click();
        editor.Find("form").Submit();

        editor.WaitForAssertion(async () => Assert.Equal(["third", "second"], (await Database.Get<StoryService>().GetAsync(story.Id))!.Metrics), Wait);
    }

    [Fact]
    public async Task Deleting_asks_first()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Doomed" });
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("button.delete")), Wait);

        editor.Find("button.delete").Click();

        Assert.Contains("Delete this story for good?", editor.Find(".confirm-delete").TextContent, StringComparison.Ordinal);
        Assert.NotNull(await stories.GetAsync(story.Id));

        editor.Find(".confirm-delete button.btn-danger").Click();

        editor.WaitForAssertion(async () => Assert.Null(await stories.GetAsync(story.Id)), Wait);
    }
}
