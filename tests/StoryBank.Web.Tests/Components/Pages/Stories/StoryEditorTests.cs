using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core;
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
        Assert.Equal("Contention fell by **30%**.", saved.Sections.Outcome);
        Assert.Equal(["30% less contention"], saved.Metrics);
        Assert.Equal(2, saved.Version);
    }

    [Fact]
    public async Task A_save_after_someone_else_changed_another_field_merges_both_and_says_so()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Quotas", Sections = new() { Outcome = "Contention fell." }});
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#Outcome")), Wait);
        await stories.UpdateAsync(story.Id, new StoryDraft { Title = "Quotas for the contractors", Sections = new() { Outcome = "Contention fell." }}, story.Version);

        editor.Find("#Outcome").Input("Contention fell by 30%.");
        editor.Find("form").Submit();

        editor.WaitForAssertion(() => Assert.Equal("Saved, together with the changes made elsewhere to Title.", editor.Find(".merged").TextContent), Wait);
        var saved = (await stories.GetAsync(story.Id))!;
        Assert.Equal("Quotas for the contractors", saved.Title);
        Assert.Equal("Contention fell by 30%.", saved.Sections.Outcome);
        Assert.Equal("Quotas for the contractors", editor.Find("#Title").GetAttribute("value"));
    }

    [Fact]
    public async Task The_same_field_changed_on_both_sides_is_shown_side_by_side_and_saved_as_chosen()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Quotas", Sections = new() { Outcome = "Contention fell.", Situation = "One cluster." }});
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#Title")), Wait);
        await stories.UpdateAsync(story.Id, new StoryDraft { Title = "Saved in another tab", Sections = new() { Outcome = "Contention fell a lot.", Situation = "One cluster." }}, story.Version);

        editor.Find("#Title").Input("Mine");
        editor.Find("#Outcome").Input("Contention fell by 30%.");
        editor.Find("form").Submit();

        editor.WaitForAssertion(() => Assert.Contains("This story was saved elsewhere", editor.Find(".conflict").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(["Title", "Outcome"], editor.FindAll(".merge-field").Select(f => f.GetAttribute("data-field")));
        var outcome = editor.Find(".merge-field[data-field=Outcome]");
        Assert.Equal(["a", "lot"], outcome.QuerySelectorAll(".theirs mark.removed").Select(m => m.TextContent));
        Assert.Equal(["by", "30%"], outcome.QuerySelectorAll(".mine mark.added").Select(m => m.TextContent));
        Assert.Equal("Saved in another tab", (await stories.GetAsync(story.Id))!.Title);
        var saveChoices = editor.Find("button:contains('Save with these choices')");
        Assert.True(saveChoices.HasAttribute("disabled"));

        editor.Find(".merge-field[data-field=Title] button:contains('Keep mine')").Click();
        editor.Find(".merge-field[data-field=Outcome] button:contains('Keep theirs')").Click();
        editor.Find("button:contains('Save with these choices')").Click();

        await AssertSoonAsync(async () =>
        {
            var saved = (await stories.GetAsync(story.Id))!;
            Assert.Equal("Mine", saved.Title);
            Assert.Equal("Contention fell a lot.", saved.Sections.Outcome);
        });
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

    [Fact]
    public async Task A_pause_in_typing_keeps_the_unsaved_form_as_a_draft()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Quotas" });
        var drafts = Database.Get<EditorDraftService>();
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#Outcome")), Wait);

        editor.Find("#Outcome").Input("Contention fell by 30%.");
        Database.Clock.Advance(TimeSpan.FromSeconds(1));
        editor.Find("#Outcome").Input("Contention fell by 30%, and stayed down.");
        Database.Clock.Advance(TimeSpan.FromSeconds(2));
        await AssertSoonAsync(async () => Assert.Null(await drafts.FindAsync(story.Id)));

        Database.Clock.Advance(TimeSpan.FromSeconds(1));

        await AssertSoonAsync(async () =>
        {
            var draft = await drafts.FindAsync(story.Id);
            Assert.NotNull(draft);
            Assert.Equal("Contention fell by 30%, and stayed down.", EditorDraftService.ContentOf(draft).Sections.Outcome);
        });
    }

    [Fact]
    public async Task Coming_back_offers_the_draft_and_restore_puts_it_in_the_form_until_saved()
    {
        var stories = Database.Get<StoryService>();
        var drafts = Database.Get<EditorDraftService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Quotas" });
        Database.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 1, 14, 2, 0, TimeSpan.Zero));
        await drafts.SaveAsync(story.Id, new StoryDraft { Title = "Quotas", Sections = new() { Outcome = "Written before the laptop slept." }}, StoryDraft.From(story), story.Version);
        Database.Clock.Advance(TimeSpan.FromMinutes(40));

        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));

        editor.WaitForAssertion(() => Assert.Contains("You have unsaved changes from 14:02", editor.Find(".draft-offer").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("", editor.Find("#Outcome").GetAttribute("value") ?? "");
        editor.Find(".draft-offer button:contains('Restore')").Click();
        editor.WaitForAssertion(() => Assert.Equal("Written before the laptop slept.", editor.Find("#Outcome").GetAttribute("value")), Wait);
        Assert.Empty(editor.FindAll(".draft-offer"));

        editor.Find("form").Submit();

        await AssertSoonAsync(async () => Assert.Equal("Written before the laptop slept.", (await stories.GetAsync(story.Id))!.Sections.Outcome));
        await AssertSoonAsync(async () => Assert.Null(await drafts.FindAsync(story.Id)));
    }

    [Fact]
    public async Task Discarding_the_offered_draft_forgets_it()
    {
        var drafts = Database.Get<EditorDraftService>();
        await drafts.SaveAsync(null, new StoryDraft { Title = "A new story, half written" }, new StoryDraft(), 0);

        var editor = Render<StoryEditor>();

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".draft-offer")), Wait);
        editor.Find(".draft-offer button:contains('Discard')").Click();

        await AssertSoonAsync(async () => Assert.Null(await drafts.FindAsync(null)));
        Assert.Empty(editor.FindAll(".draft-offer"));
        Assert.Equal("", editor.Find("#Title").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task A_blank_new_story_cannot_be_saved_and_says_why()
    {
        var editor = Render<StoryEditor>();
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("form")), Wait);

        editor.Find("#Situation").Input("Some context, but no question and no title.");
        editor.Find("form").Submit();

        var questions = editor.Find("fieldset:has(#questions-label)");
        Assert.Contains(StoryValidator.NeedsQuestionOrTitle, questions.QuerySelectorAll(".validation-message").Select(m => m.TextContent));
        Assert.Empty(await Database.Get<StoryService>().ListAsync());
    }

    [Fact]
    public async Task Clearing_the_only_question_of_an_untitled_story_says_why_save_is_refused()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Questions = ["Why Facebook?"] });
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("input[aria-label='Question 1']")), Wait);

        editor.Find("input[aria-label='Question 1']").Input("");

        var questions = editor.Find("fieldset:has(#questions-label)");
        Assert.Contains(StoryValidator.NeedsQuestionOrTitle, questions.QuerySelectorAll(".validation-message").Select(m => m.TextContent));
        editor.Find("form").Submit();
        Assert.Equal(["Why Facebook?"], (await stories.GetAsync(story.Id))!.Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task A_save_while_another_writer_holds_the_database_waits_then_keeps_the_form_and_says_why()
    {
        var stories = Database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Quotas" });

        // The app's services over the same file, giving up on a held lock after one second instead of thirty.
        await using var impatient = new ServiceCollection()
            .AddSingleton(Database.Get<TimeProvider>())
            .AddStoryBankCore(Database.ConnectionString + ";Default Timeout=1")
            .BuildServiceProvider();
        Services.AddSingleton(impatient.GetRequiredService<StoryService>());
        Services.AddSingleton(impatient.GetRequiredService<EditorDraftService>());
        var editor = Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#Outcome")), Wait);
        editor.Find("#Outcome").Input("Written during an import.");

        await using (var import = new SqliteConnection(Database.ConnectionString))
        {
            await import.OpenAsync();
            await using var hold = import.CreateCommand();
            hold.CommandText = "BEGIN EXCLUSIVE";
            await hold.ExecuteNonQueryAsync();

            editor.Find("form").Submit();
            Database.Clock.Advance(TimeSpan.FromSeconds(1));

            editor.WaitForAssertion(() => Assert.Equal("Waiting for another import to finish…", editor.Find(".waiting").TextContent), Wait);
            editor.WaitForAssertion(() => Assert.Contains("the database stayed busy", editor.Find(".alert-danger").TextContent, StringComparison.Ordinal), Wait);
            Assert.Empty(editor.FindAll(".waiting"));
            Assert.Equal("Written during an import.", editor.Find("#Outcome").GetAttribute("value"));
            hold.CommandText = "ROLLBACK";
            await hold.ExecuteNonQueryAsync();
        }

        editor.Find("form").Submit();

        await AssertSoonAsync(async () => Assert.Equal("Written during an import.", (await stories.GetAsync(story.Id))!.Sections.Outcome));
    }

    /// <summary>Database writes from the page finish on its own dispatcher, shortly after the event that caused them.</summary>
    private static async Task AssertSoonAsync(Func<Task> assertion)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Xunit.Sdk.XunitException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}
