using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class EditorDraftServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private EditorDraftService Drafts => _database.Get<EditorDraftService>();

    private StoryService Stories => _database.Get<StoryService>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_story_keeps_one_draft_the_latest_write_with_its_time_and_base()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Quotas" });
        var loaded = StoryDraft.From(story);
        await Drafts.SaveAsync(story.Id, new StoryDraft { Title = "Quotas", Sections = new() { Outcome = "First try" }}, loaded, story.Version);
        _database.Clock.Advance(TimeSpan.FromMinutes(3));

        await Drafts.SaveAsync(story.Id, new StoryDraft { Title = "Quotas", Sections = new() { Outcome = "Second try" }}, loaded, story.Version);

        var draft = await Drafts.FindAsync(story.Id);
        Assert.NotNull(draft);
        Assert.Equal("Second try", EditorDraftService.ContentOf(draft).Sections.Outcome);
        Assert.Equal("Quotas", EditorDraftService.BaseOf(draft).Title);
        Assert.Equal(story.Version, draft.BaseVersion);
        Assert.Equal(new DateTime(2026, 11, 1, 9, 3, 0, DateTimeKind.Utc), draft.SavedAt);
    }

    [Fact]
    public async Task The_new_story_has_one_draft_of_its_own_apart_from_other_stories()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Quotas" });
        await Drafts.SaveAsync(story.Id, new StoryDraft { Title = "Existing" }, StoryDraft.From(story), story.Version);
        await Drafts.SaveAsync(null, new StoryDraft { Title = "New, first" }, new StoryDraft(), 0);

        await Drafts.SaveAsync(null, new StoryDraft { Title = "New, second" }, new StoryDraft(), 0);

        Assert.Equal("New, second", EditorDraftService.ContentOf((await Drafts.FindAsync(null))!).Title);
        Assert.Equal("Existing", EditorDraftService.ContentOf((await Drafts.FindAsync(story.Id))!).Title);
    }

    [Fact]
    public async Task Discarding_a_draft_leaves_the_others()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Quotas" });
        await Drafts.SaveAsync(story.Id, new StoryDraft { Title = "Existing" }, StoryDraft.From(story), story.Version);
        await Drafts.SaveAsync(null, new StoryDraft { Title = "New" }, new StoryDraft(), 0);

        await Drafts.DeleteAsync(null);

        Assert.Null(await Drafts.FindAsync(null));
        Assert.NotNull(await Drafts.FindAsync(story.Id));
    }

    [Fact]
    public async Task Deleting_a_story_deletes_its_draft()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Doomed" });
        await Drafts.SaveAsync(story.Id, new StoryDraft { Title = "Doomed, edited" }, StoryDraft.From(story), story.Version);

        await Stories.DeleteAsync(story.Id);

        Assert.Null(await Drafts.FindAsync(story.Id));
    }
}
