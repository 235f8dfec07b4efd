using FluentValidation;
using StoryBank.Core.Coaching;
using StoryBank.Core.Fill;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Fill;

public sealed class FillServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private FillService Filling => _database.Get<FillService>();

    private StoryService Stories => _database.Get<StoryService>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_gaps_come_in_what_to_fill_next_order_and_narrow_by_kind_and_category()
    {
        var conflict = (await _database.Get<CategoryService>().ListAsync()).Single(c => c.Slug == "conflict").Id;
        var filed = await Stories.CreateAsync(new StoryDraft { Title = "Quotas", CategoryId = conflict, Sections = new() { Situation = "s", Role = "r", Action = "I a", Outcome = "Better." }});
        var loose = await Stories.CreateAsync(new StoryDraft { Title = "Loose", Sections = new() { Situation = "s" }});

        var all = await Filling.GapsAsync();
        var sections = await Filling.GapsAsync(kind: FillKind.EmptySection);
        var looseOnly = await Filling.GapsAsync(StoryQuery.NoCategory);
        var followUps = await Filling.GapsAsync("conflict", FillKind.NoFollowUps);

        Assert.Equal((CoachingChecks.EmptyOutcome, loose.Id), (all[0].Finding.CheckId, all[0].StoryId));
        Assert.DoesNotContain(all, g => g.Finding.CheckId is CoachingChecks.NoTitle or CoachingChecks.NoCategory or CoachingChecks.CategoryWithoutStories);
        Assert.Equal(
            [CoachingChecks.EmptyOutcome, CoachingChecks.EmptyAction, CoachingChecks.EmptyRole],
            sections.Select(g => g.Finding.CheckId));
        Assert.All(looseOnly, g => Assert.Equal(loose.Id, g.StoryId));
        var few = Assert.Single(followUps);
        Assert.Equal((CoachingChecks.FewFollowUps, filed.Id, FillTarget.NewFollowUp), (few.Finding.CheckId, few.StoryId, few.Target));
        Assert.Equal("What changed, in numbers?", all[0].Prompt);
    }

    [Fact]
    public async Task A_save_writes_the_gap_s_field_and_is_refused_when_the_story_changed_since_it_was_opened()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Quotas", Sections = new() { Situation = "s", Action = "I a" }});
        var gap = (await Filling.GapsAsync(kind: FillKind.EmptySection)).First(g => g.Finding.CheckId == CoachingChecks.EmptyOutcome);
        var step = (await Filling.OpenAsync(gap))!;
        var stale = (await Filling.OpenAsync(gap))!;

        var saved = await Filling.SaveAsync(step, "Contention fell by 30%.");

        Assert.Equal(story.Version + 1, saved.Version);
        var read = (await Stories.GetAsync(story.Id))!;
        Assert.Equal(("Contention fell by 30%.", "s", "I a"), (read.Sections.Outcome, read.Sections.Situation, read.Sections.Action));
        await Assert.ThrowsAsync<StoryConcurrencyException>(() => Filling.SaveAsync(stale, "Overwritten?"));
        Assert.Equal("Contention fell by 30%.", (await Stories.GetAsync(story.Id))!.Sections.Outcome);
    }

    [Fact]
    public async Task A_save_goes_through_the_validator()
    {
        await Stories.CreateAsync(new StoryDraft { Title = "Quotas" });
        var step = (await Filling.OpenAsync((await Filling.GapsAsync(kind: FillKind.EmptySection))[0]))!;

        await Assert.ThrowsAsync<ValidationException>(() => Filling.SaveAsync(step, new string('x', StoryLimits.SectionLength + 1)));
    }

    [Fact]
    public async Task Follow_up_gaps_answer_the_first_open_question_or_add_a_new_one()
    {
        var story = await Stories.CreateAsync(new StoryDraft
        {
            Title = "Quotas",
            FollowUps = [new FollowUp { Question = "Who objected?", Answer = "Security." }, new FollowUp { Question = "What next?" }],
        });
        var unanswered = (await Filling.GapsAsync(kind: FillKind.NoFollowUps)).Single(g => g.Finding.CheckId == CoachingChecks.UnansweredFollowUps);
        var step = (await Filling.OpenAsync(unanswered))!;
        Assert.Equal("Answer to “What next?”", step.FieldLabel);

        await Filling.SaveAsync(step, "A rollout plan.");
        var few = await Stories.CreateAsync(new StoryDraft { Title = "Alone" });
        var add = (await Filling.GapsAsync(kind: FillKind.NoFollowUps)).Single(g => g.StoryId == few.Id);
        await Filling.SaveAsync((await Filling.OpenAsync(add))!, "  Why then?  ");

        Assert.Equal("A rollout plan.", (await Stories.GetAsync(story.Id))!.FollowUps[1].Answer);
        Assert.Equal("Why then?", Assert.Single((await Stories.GetAsync(few.Id))!.FollowUps).Question);
    }

    [Fact]
    public void The_count_under_the_box_gives_words_and_spoken_time()
    {
        Assert.Equal("0 words · about 0:00 spoken", FillText.Describe(""));
        Assert.Equal("1 word · about 0:00 spoken", FillText.Describe("Hi"));
        Assert.Equal("150 words · about 1:00 spoken", FillText.Describe(string.Join(" ", Enumerable.Repeat("word", 150))));
    }
}
