using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class StoryServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private StoryService Stories => _database.Get<StoryService>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_created_story_reads_back_with_every_field()
    {
        var conflict = await CategoryIdAsync("conflict");
        var draft = new StoryDraft
        {
            Title = "Kubernetes for contractors",
            Questions = ["Tell me about a conflict with a coworker.", "How do you win people over?"],
            CategoryId = conflict,
            Sections = new() { Situation = "Two teams disagreed.", Role = "I owned the platform.", Action = "I set up a meeting.", Outcome = "Both teams adopted it; **40%** faster.", Reflection = "Involve people early.", Notes = "gitlab" },
            Metrics = ["40% faster", "2 teams"],
            FollowUps = [new FollowUp { Question = "Who else was involved?", Answer = "Stakeholders." }, new FollowUp { Question = "What next?" }],
        };

        var created = await Stories.CreateAsync(draft);
        var story = await Stories.GetAsync(created.Id);

        Assert.NotNull(story);
        Assert.Equal("Kubernetes for contractors", story.Title);
        Assert.Equal(["Tell me about a conflict with a coworker.", "How do you win people over?"], story.Questions.Select(q => q.Text));
        Assert.True(story.Questions[0].IsCanonical, "an existing canonical question is linked, not duplicated");
        Assert.Equal("conflict", story.Category?.Slug);
        Assert.Equal("Two teams disagreed.", story.Sections.Situation);
        Assert.Equal("I owned the platform.", story.Sections.Role);
        Assert.Equal("I set up a meeting.", story.Sections.Action);
        Assert.Equal("Both teams adopted it; **40%** faster.", story.Sections.Outcome);
        Assert.Equal("Involve people early.", story.Sections.Reflection);
        Assert.Equal("gitlab", story.Sections.Notes);
        Assert.Equal(["40% faster", "2 teams"], story.Metrics);
        Assert.Equal(draft.FollowUps, story.FollowUps);
        Assert.Equal(1, story.Version);
        Assert.Equal(_database.Clock.GetUtcNow().UtcDateTime, story.CreatedAt);
    }

    [Fact]
    public async Task Listing_filters_by_category_and_counts_filled_sections()
    {
        await Stories.CreateAsync(new StoryDraft { Title = "A", CategoryId = await CategoryIdAsync("conflict"), Sections = new() { Situation = "s", Action = "a" }});
        await Stories.CreateAsync(new StoryDraft { Title = "B", CategoryId = await CategoryIdAsync("failure") });
        await Stories.CreateAsync(new StoryDraft { Title = "C" });

        var all = await Stories.ListAsync();
        var conflict = await Stories.ListAsync("conflict");

        Assert.Equal(3, all.Count);
        var only = Assert.Single(conflict);
        Assert.Equal("A", only.Title);
        Assert.Equal("Conflict with peers", only.CategoryName);
        Assert.Equal(2, only.FilledStarSections);
    }

    [Fact]
    public async Task An_update_replaces_the_content_and_raises_the_version()
    {
        var created = await Stories.CreateAsync(new StoryDraft { Title = "Before", Metrics = ["1 metric"], Questions = ["Old question?"] });
        _database.Clock.Advance(TimeSpan.FromMinutes(5));

        var updated = await Stories.UpdateAsync(
            created.Id, new StoryDraft { Title = "After", Sections = new() { Outcome = "Shipped" }, Questions = ["New question?"] }, expectedVersion: 1);
        var story = await Stories.GetAsync(created.Id);

        Assert.Equal(2, updated.Version);
        Assert.Equal("After", story!.Title);
        Assert.Equal("Shipped", story.Sections.Outcome);
        Assert.Empty(story.Metrics);
        Assert.Equal(["New question?"], story.Questions.Select(q => q.Text));
        Assert.Equal(created.CreatedAt.AddMinutes(5), story.UpdatedAt);
    }

    [Fact]
    public async Task A_stale_update_is_refused_and_the_first_write_is_kept()
    {
        var created = await Stories.CreateAsync(new StoryDraft { Title = "Original" });
        var firstTab = await Stories.GetAsync(created.Id);
        var secondTab = await Stories.GetAsync(created.Id);

        await Stories.UpdateAsync(created.Id, new StoryDraft { Title = "First tab" }, firstTab!.Version);
        var stale = Stories.UpdateAsync(created.Id, new StoryDraft { Title = "Second tab" }, secondTab!.Version);

        var exception = await Assert.ThrowsAsync<StoryConcurrencyException>(() => stale);
        Assert.Equal(created.Id, exception.StoryId);
        Assert.Equal("First tab", (await Stories.GetAsync(created.Id))!.Title);
    }

    [Fact]
    public async Task Two_contexts_saving_the_same_story_let_only_the_first_win()
    {
        var created = await Stories.CreateAsync(new StoryDraft { Title = "Original" });
        var factory = _database.Get<IDbContextFactory<StoryBankDbContext>>();
        await using var first = await factory.CreateDbContextAsync();
        await using var second = await factory.CreateDbContextAsync();
        var firstCopy = await first.Stories.SingleAsync(s => s.Id == created.Id);
        var secondCopy = await second.Stories.SingleAsync(s => s.Id == created.Id);

        firstCopy.Title = "First";
        firstCopy.Version++;
        await first.SaveChangesAsync();
        secondCopy.Title = "Second";
        secondCopy.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("First", (await Stories.GetAsync(created.Id))!.Title);
    }

    [Fact]
    public async Task Updating_a_deleted_story_says_it_is_gone()
    {
        var created = await Stories.CreateAsync(new StoryDraft { Title = "Doomed" });

        Assert.True(await Stories.DeleteAsync(created.Id));

        await Assert.ThrowsAsync<StoryNotFoundException>(() => Stories.UpdateAsync(created.Id, new StoryDraft { Title = "Doomed, edited" }, 1));
        Assert.Null(await Stories.GetAsync(created.Id));
        Assert.False(await Stories.DeleteAsync(created.Id));
    }

    [Fact]
    public async Task Deleting_a_story_keeps_its_questions()
    {
        var created = await Stories.CreateAsync(new StoryDraft { Title = "Doomed", Questions = ["A question of my own?"] });

        await Stories.DeleteAsync(created.Id);

        await using var db = await _database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Questions.AnyAsync(q => q.Text == "A question of my own?"));
    }

    [Fact]
    public async Task An_invalid_draft_writes_nothing()
    {
        var created = await Stories.CreateAsync(new StoryDraft { Title = "Valid" });
        var tooLong = new StoryDraft { Title = new string('x', StoryLimits.TitleLength + 1) };

        await Assert.ThrowsAsync<ValidationException>(() => Stories.CreateAsync(tooLong));
        await Assert.ThrowsAsync<ValidationException>(() => Stories.UpdateAsync(created.Id, tooLong, 1));

        var story = Assert.Single(await Stories.ListAsync());
        Assert.Equal("Valid", story.Title);
    }

    private async Task<int> CategoryIdAsync(string slug) =>
        (await _database.Get<CategoryService>().ListAsync()).Single(c => c.Slug == slug).Id;

    [Fact]
    public async Task A_follow_up_answer_moves_into_an_empty_action_only_from_the_version_read()
    {
        var stories = _database.Get<StoryService>();
        var story = await stories.CreateAsync(new StoryDraft
        {
            Questions = ["Why Facebook?"],
            FollowUps = [new FollowUp { Question = "What exactly did you do?", Answer = "I rewrote the **pipeline**." }],
        });

        var moved = await stories.MoveAnswerToActionAsync(story.Id, 0, story.Version);

        var read = (await stories.GetAsync(story.Id))!;
        Assert.Equal("I rewrote the **pipeline**.", read.Sections.Action);
        Assert.Equal(new FollowUp { Question = "What exactly did you do?", Answer = "" }, Assert.Single(read.FollowUps));
        Assert.Equal(story.Version + 1, moved.Version);
        await Assert.ThrowsAsync<StoryConcurrencyException>(() => stories.MoveAnswerToActionAsync(story.Id, 0, story.Version));
        await Assert.ThrowsAsync<InvalidOperationException>(() => stories.MoveAnswerToActionAsync(story.Id, 0, moved.Version));
    }
}
