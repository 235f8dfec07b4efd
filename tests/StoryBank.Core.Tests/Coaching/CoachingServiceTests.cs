using StoryBank.Core.Coaching;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Coaching;

public sealed class CoachingServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Findings_are_ranked_with_empty_categories_first_and_nearly_ready_stories_before_empty_ones()
    {
        var categories = (await _database.Get<CategoryService>().ListAsync()).ToDictionary(c => c.Slug, c => c.Id);
        var stories = _database.Get<StoryService>();
        var empty = await stories.CreateAsync(new StoryDraft { Title = "Empty", CategoryId = categories["motivation"] });
        var nearly = await stories.CreateAsync(new StoryDraft { Title = "Nearly", CategoryId = categories["motivation"], Sections = new() { Situation = "s", Role = "r", Action = "I did" }});

        var findings = await _database.Get<CoachingService>().FindingsAsync();

        Assert.Equal(CoachingChecks.CategoryWithoutStories, findings[0].CheckId);
        Assert.Equal(15, findings.Count(f => f.CheckId == CoachingChecks.CategoryWithoutStories));
        var emptyOutcomes = findings.Where(f => f.CheckId == CoachingChecks.EmptyOutcome).Select(f => f.StoryId).ToList();
        Assert.Equal([nearly.Id, empty.Id], emptyOutcomes);
        Assert.Equal(Enumerable.Range(1, findings.Count), findings.Select(f => f.Rank));
        Assert.DoesNotContain(findings, f => f.CheckId == CoachingChecks.CategoryWithOneStory);
    }

    [Fact]
    public async Task Findings_can_be_limited_to_a_category_and_a_check()
    {
        var categories = (await _database.Get<CategoryService>().ListAsync()).ToDictionary(c => c.Slug, c => c.Id);
        var story = await _database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Alone", CategoryId = categories["failure"] });

        var failure = await _database.Get<CoachingService>().FindingsAsync(categorySlug: "failure");
        var emptyRoles = await _database.Get<CoachingService>().FindingsAsync(checkId: CoachingChecks.EmptyRole);

        Assert.All(failure, f => Assert.Equal("failure", f.CategorySlug));
        Assert.Contains(failure, f => f.CheckId == CoachingChecks.CategoryWithOneStory);
        var role = Assert.Single(emptyRoles);
        Assert.Equal(story.Id, role.StoryId);
    }

    [Fact]
    public async Task Findings_asked_for_again_follow_every_save_new_story_and_deletion_even_within_one_clock_tick()
    {
        var coaching = _database.Get<CoachingService>();
        var stories = _database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft { Title = "Alone", Questions = ["Why us?"] });
        Assert.Contains(await coaching.FindingsAsync(), f => f.StoryId == story.Id && f.CheckId == CoachingChecks.EmptyRole);
        Assert.Same(await coaching.FindingsAsync(), await coaching.FindingsAsync());

        // The fake clock stands still: only the story's version says it changed.
        var draft = StoryDraft.From(story);
        draft.Sections = draft.Sections with { Role = "I led it." };
        await stories.UpdateAsync(story.Id, draft, story.Version);
        Assert.DoesNotContain(await coaching.FindingsAsync(), f => f.StoryId == story.Id && f.CheckId == CoachingChecks.EmptyRole);

        var second = await stories.CreateAsync(new StoryDraft { Title = "Second", Questions = ["Why now?"] });
        Assert.Contains(await coaching.FindingsAsync(checkId: CoachingChecks.EmptyRole), f => f.StoryId == second.Id);

        await stories.DeleteAsync(second.Id);
        Assert.DoesNotContain(await coaching.FindingsAsync(checkId: CoachingChecks.EmptyRole), f => f.StoryId == second.Id);
        Assert.DoesNotContain(await coaching.FindingsAsync(), f => f.StoryId == second.Id);
    }

    [Fact]
    public async Task A_story_with_nothing_written_shows_every_empty_section()
    {
        var story = await _database.Get<StoryService>().CreateAsync(new StoryDraft { Questions = ["Why Facebook?"] });

        var findings = await _database.Get<CoachingService>().ForStoryAsync(story.Id);

        Assert.Equal(
            [CoachingChecks.EmptyOutcome, CoachingChecks.EmptyAction, CoachingChecks.EmptySituation, CoachingChecks.EmptyRole, CoachingChecks.NoCategory, CoachingChecks.TooShort, CoachingChecks.FewFollowUps, CoachingChecks.NoTitle],
            findings.Select(f => f.CheckId));
    }
}
