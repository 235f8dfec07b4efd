using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StoryBank.Core.Practice;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Practice;

public sealed class PracticeServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private PracticeService Practice => _database.Get<PracticeService>();

    private StoryService Stories => _database.Get<StoryService>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Without_stories_the_taxonomys_questions_are_asked_one_category_after_another()
    {
        var first = await Practice.NextQuestionAsync(PracticeFilter.All);
        await Practice.RecordAttemptAsync(first!.QuestionId, null, TimeSpan.FromSeconds(80), PracticeRating.Good);
        var second = await Practice.NextQuestionAsync(PracticeFilter.All);

        Assert.Equal("Describe the project you are most proud of.", first.Text);
        Assert.Equal("impact", first.CategorySlug);
        Assert.Equal(PracticeReason.New, first.Reason);
        Assert.Null(first.StoryId);
        Assert.Equal("Tell me about a conflict with a coworker.", second!.Text);
    }

    [Fact]
    public async Task The_persons_own_questions_come_first_and_name_their_story()
    {
        var story = await Stories.CreateAsync(new StoryDraft
        {
            Title = "Kubernetes for contractors",
            Questions = ["How did you win over a skeptical team?"],
            CategoryId = await CategoryIdAsync("influence"),
        });

        var next = await Practice.NextQuestionAsync(PracticeFilter.All);

        Assert.Equal("How did you win over a skeptical team?", next!.Text);
        Assert.Equal(story.Id, next.StoryId);
        Assert.Equal("Influence & collaboration", next.CategoryName);
    }

    [Fact]
    public async Task Chosen_categories_limit_the_questions()
    {
        var asked = new List<PracticeQuestion>();
        var filter = new PracticeFilter(["conflict", "failure"]);
        for (var i = 0; i < 6; i++)
        {
            var next = (await Practice.NextQuestionAsync(filter))!;
            asked.Add(next);
            await Practice.RecordAttemptAsync(next.QuestionId, null, TimeSpan.FromMinutes(1), PracticeRating.Good);
        }

        Assert.All(asked, q => Assert.True(q.CategorySlug is "conflict" or "failure", q.CategorySlug));
        Assert.Equal(6, asked.Select(q => q.QuestionId).Distinct().Count());
        Assert.Null(await Practice.NextQuestionAsync(new PracticeFilter(["no-such-category"])));
    }

    [Fact]
    public async Task A_question_left_without_a_story_is_no_longer_asked()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Gone", Questions = ["An orphan question?"] });
        Assert.Equal("An orphan question?", (await Practice.NextQuestionAsync(PracticeFilter.All))!.Text);

        await Stories.DeleteAsync(story.Id);

        Assert.NotEqual("An orphan question?", (await Practice.NextQuestionAsync(PracticeFilter.All))!.Text);
    }

    [Fact]
    public async Task An_attempt_is_stored_with_its_question_story_duration_rating_and_time()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Quotas", Questions = ["Tell me about a conflict with a coworker."] });
        var question = (await Practice.NextQuestionAsync(PracticeFilter.All))!;

        var attempt = await Practice.RecordAttemptAsync(question.QuestionId, story.Id, TimeSpan.FromSeconds(95.4), PracticeRating.Hard);

        var history = Assert.Single(await Practice.QuestionHistoryAsync());
        Assert.Equal(question.QuestionId, attempt.QuestionId);
        Assert.Equal(story.Id, attempt.StoryId);
        Assert.Equal(_database.Clock.GetUtcNow().UtcDateTime, attempt.AttemptedAt);
        Assert.Equal("Tell me about a conflict with a coworker.", history.Text);
        Assert.Equal(TimeSpan.FromMilliseconds(95_400), history.AverageDuration);
        Assert.Equal(PracticeRating.Hard, history.LastRating);
        Assert.Equal(attempt.AttemptedAt.AddDays(1), history.DueAt);
    }

    [Fact]
    public async Task A_rated_question_does_not_come_straight_back_and_comes_back_when_due()
    {
        var first = (await Practice.NextQuestionAsync(new PracticeFilter(["conflict"])))!;
        await Practice.RecordAttemptAsync(first.QuestionId, null, TimeSpan.FromMinutes(2), PracticeRating.Again);

        var second = (await Practice.NextQuestionAsync(new PracticeFilter(["conflict"])))!;
        await Practice.RecordAttemptAsync(second.QuestionId, null, TimeSpan.FromMinutes(2), PracticeRating.Good);
        _database.Clock.Advance(TimeSpan.FromMinutes(11));
        var third = (await Practice.NextQuestionAsync(new PracticeFilter(["conflict"])))!;

        Assert.NotEqual(first.QuestionId, second.QuestionId);
        Assert.Equal(first.QuestionId, third.QuestionId);
        Assert.Equal(PracticeReason.Due, third.Reason);
        Assert.Equal(PracticeRating.Again, third.LastRating);
        Assert.Equal(1, third.Attempts);
    }

    [Fact]
    public async Task Weakest_first_brings_back_the_question_rated_again()
    {
        var filter = new PracticeFilter(["conflict"], PracticeOrder.WeakestFirst);
        var weak = (await Practice.NextQuestionAsync(filter))!;
        await Practice.RecordAttemptAsync(weak.QuestionId, null, TimeSpan.FromMinutes(3), PracticeRating.Again);
        var other = (await Practice.NextQuestionAsync(filter))!;
        await Practice.RecordAttemptAsync(other.QuestionId, null, TimeSpan.FromMinutes(1), PracticeRating.Easy);

        var next = (await Practice.NextQuestionAsync(filter))!;

        Assert.Equal(weak.QuestionId, next.QuestionId);
        Assert.Equal(PracticeReason.Weak, next.Reason);
    }

    [Fact]
    public async Task The_cue_card_shows_title_metrics_the_first_line_of_each_section_and_the_follow_ups()
    {
        await Stories.CreateAsync(new StoryDraft
        {
            Title = "Kubernetes for contractors",
            Questions = ["Tell me about a conflict with a coworker."],
            Sections = new() { Situation = "Two teams **disagreed** on the platform.\nMore context that does not fit on a card.", Role = "- I owned the platform\n- and the budget", Action = "", Outcome = new string('x', 10) + " " + string.Join(' ', Enumerable.Repeat("word", 60)) },
            Metrics = ["40% faster", "2 teams"],
            FollowUps = [new FollowUp { Question = "Who else was involved?", Answer = "Stakeholders." }, new FollowUp { Question = "What next?" }],
        });
        var question = (await Practice.NextQuestionAsync(PracticeFilter.All))!;

        var card = (await Practice.CueCardAsync(question.QuestionId))!;

        Assert.Equal("Kubernetes for contractors", card.Title);
        Assert.Equal(["40% faster", "2 teams"], card.Metrics);
        Assert.Equal(
            [StorySection.Situation, StorySection.Role, StorySection.Action, StorySection.Outcome],
            card.Lines.Select(l => l.Section));
        Assert.Equal("Two teams **disagreed** on the platform.", card.Lines[0].Text);
        Assert.Equal("I owned the platform", card.Lines[1].Text);
        Assert.Equal("", card.Lines[2].Text);
        Assert.EndsWith("word…", card.Lines[3].Text, StringComparison.Ordinal);
        Assert.True(card.Lines[3].Text.Length <= 161);
        Assert.Equal(4, card.Lines.Count);
        Assert.Equal(["Who else was involved?", "What next?"], card.FollowUps);
        Assert.Equal(0, card.OtherStories);
    }

    [Fact]
    public async Task With_several_stories_the_cue_card_shows_the_most_complete_one()
    {
        const string question = "Tell me about a conflict with a coworker.";
        await Stories.CreateAsync(new StoryDraft { Title = "Thin", Questions = [question], Sections = new() { Situation = "s" }});
        var full = await Stories.CreateAsync(new StoryDraft { Title = "Full", Questions = [question], Sections = new() { Situation = "s", Role = "r", Action = "a", Outcome = "o" }});
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        await Stories.CreateAsync(new StoryDraft { Title = "Newer but thin", Questions = [question], Sections = new() { Role = "r" }});

        var next = (await Practice.NextQuestionAsync(PracticeFilter.All))!;
        var card = (await Practice.CueCardAsync(next.QuestionId))!;

        Assert.Equal(full.Id, next.StoryId);
        Assert.Equal(full.Id, card.StoryId);
        Assert.Equal(2, card.OtherStories);
    }

    [Fact]
    public async Task Unsorted_notes_join_the_cue_card_when_there_are_any()
    {
        await Stories.CreateAsync(new StoryDraft { Questions = ["Why us?"], Sections = new() { Notes = "\n\n* mission, **scale**, the team\n* and more" }});
        var question = (await Practice.NextQuestionAsync(PracticeFilter.All))!;

        var card = (await Practice.CueCardAsync(question.QuestionId))!;

        Assert.Equal("Why us?", card.Title);
        Assert.Equal(new CueLine(StorySection.Notes, "mission, **scale**, the team"), card.Lines[^1]);
    }

    [Fact]
    public async Task A_question_without_a_story_has_no_cue_card()
    {
        var question = (await Practice.NextQuestionAsync(PracticeFilter.All))!;

        Assert.Null(await Practice.CueCardAsync(question.QuestionId));
    }

    [Fact]
    public async Task Question_history_counts_attempts_averages_durations_and_keeps_the_last_rating()
    {
        var first = (await Practice.NextQuestionAsync(PracticeFilter.All))!;
        await Practice.RecordAttemptAsync(first.QuestionId, null, TimeSpan.FromSeconds(60), PracticeRating.Again);
        _database.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = (await Practice.NextQuestionAsync(PracticeFilter.All))!;
        await Practice.RecordAttemptAsync(second.QuestionId, null, TimeSpan.FromSeconds(100), PracticeRating.Easy);
        _database.Clock.Advance(TimeSpan.FromMinutes(5));
        await Practice.RecordAttemptAsync(first.QuestionId, null, TimeSpan.FromSeconds(120), PracticeRating.Good);

        var history = await Practice.QuestionHistoryAsync();

        Assert.Equal([first.QuestionId, second.QuestionId], history.Select(h => h.QuestionId));
        Assert.Equal(2, history[0].Attempts);
        Assert.Equal(TimeSpan.FromSeconds(90), history[0].AverageDuration);
        Assert.Equal(PracticeRating.Good, history[0].LastRating);
        Assert.Equal(_database.Clock.GetUtcNow().UtcDateTime, history[0].LastAttemptAt);
        Assert.Equal("Describe the project you are most proud of.", history[0].Text);
        Assert.Equal("Proudest work & impact", history[0].CategoryName);
        Assert.Equal(1, history[1].Attempts);
    }

    [Fact]
    public async Task Daily_history_covers_the_last_30_days_with_attempts_and_average_duration()
    {
        var question = (await Practice.NextQuestionAsync(PracticeFilter.All))!;
        await Practice.RecordAttemptAsync(question.QuestionId, null, TimeSpan.FromSeconds(30), PracticeRating.Good);
        _database.Clock.Advance(TimeSpan.FromDays(5));
        await Practice.RecordAttemptAsync(question.QuestionId, null, TimeSpan.FromSeconds(60), PracticeRating.Good);
        await Practice.RecordAttemptAsync(question.QuestionId, null, TimeSpan.FromSeconds(120), PracticeRating.Good);
        _database.Clock.Advance(TimeSpan.FromDays(28));
        await Practice.RecordAttemptAsync(question.QuestionId, null, TimeSpan.FromSeconds(100), PracticeRating.Good);

        var days = await Practice.DailyHistoryAsync();

        Assert.Equal(30, days.Count);
        Assert.Equal(new DateOnly(2026, 12, 4), days[^1].Day);
        Assert.Equal(new DateOnly(2026, 11, 5), days[0].Day);
        Assert.Equal(1, days[^1].Attempts);
        Assert.Equal(TimeSpan.FromSeconds(100), days[^1].AverageDuration);
        var sixth = days.Single(d => d.Day == new DateOnly(2026, 11, 6));
        Assert.Equal(2, sixth.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(90), sixth.AverageDuration);
        Assert.Equal(3, days.Sum(d => d.Attempts));
        Assert.All(days.Where(d => d.Attempts == 0), d => Assert.Null(d.AverageDuration));
    }

    [Fact]
    public async Task Days_follow_the_local_calendar_of_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 23, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+2", TimeSpan.FromHours(2), "UTC+2", "UTC+2"));
        await using var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddStoryBankCore(_database.ConnectionString).BuildServiceProvider();
        var practice = services.GetRequiredService<PracticeService>();
        var question = (await practice.NextQuestionAsync(PracticeFilter.All))!;

        await practice.RecordAttemptAsync(question.QuestionId, null, TimeSpan.FromSeconds(30), PracticeRating.Good);
        var days = await practice.DailyHistoryAsync(days: 2);

        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2)], days.Select(d => d.Day));
        Assert.Equal([0, 1], days.Select(d => d.Attempts));
    }

    [Fact]
    public async Task Attempts_are_still_there_after_a_restart()
    {
        var question = (await Practice.NextQuestionAsync(PracticeFilter.All))!;
        await Practice.RecordAttemptAsync(question.QuestionId, null, TimeSpan.FromSeconds(75), PracticeRating.Easy);

        var later = new FakeTimeProvider(_database.Clock.GetUtcNow().AddHours(1));
        await using (var restarted = new ServiceCollection().AddSingleton<TimeProvider>(later).AddStoryBankCore(_database.ConnectionString).BuildServiceProvider())
        {
            var history = Assert.Single(await restarted.GetRequiredService<PracticeService>().QuestionHistoryAsync());
            Assert.Equal(question.QuestionId, history.QuestionId);
            Assert.Equal(TimeSpan.FromSeconds(75), history.AverageDuration);
            Assert.Equal(PracticeRating.Easy, history.LastRating);
            Assert.NotEqual(question.QuestionId, (await restarted.GetRequiredService<PracticeService>().NextQuestionAsync(PracticeFilter.All))!.QuestionId);
        }

        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Deleting_the_story_keeps_the_attempt_without_it()
    {
        var story = await Stories.CreateAsync(new StoryDraft { Title = "Doomed", Questions = ["Tell me about a conflict with a coworker."] });
        var question = (await Practice.NextQuestionAsync(PracticeFilter.All))!;
        await Practice.RecordAttemptAsync(question.QuestionId, story.Id, TimeSpan.FromSeconds(75), PracticeRating.Good);

        await Stories.DeleteAsync(story.Id);

        Assert.Equal(1, Assert.Single(await Practice.QuestionHistoryAsync()).Attempts);
    }

    [Fact]
    public async Task An_attempt_needs_a_known_question_and_a_duration_of_zero_or_more()
    {
        var question = (await Practice.NextQuestionAsync(PracticeFilter.All))!;

        await Assert.ThrowsAsync<ArgumentException>(() => Practice.RecordAttemptAsync(999_999, null, TimeSpan.FromSeconds(1), PracticeRating.Good));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Practice.RecordAttemptAsync(question.QuestionId, null, TimeSpan.FromSeconds(-1), PracticeRating.Good));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Practice.RecordAttemptAsync(question.QuestionId, null, TimeSpan.FromSeconds(1), (PracticeRating)9));
        var attempt = await Practice.RecordAttemptAsync(question.QuestionId, 999_999, TimeSpan.Zero, PracticeRating.Good);
        Assert.Null(attempt.StoryId);
        Assert.Equal(question.QuestionId, Assert.Single(await Practice.QuestionHistoryAsync()).QuestionId);
    }

    [Fact]
    public async Task Categories_count_the_questions_each_offers()
    {
        await Stories.CreateAsync(new StoryDraft { Title = "Own", Questions = ["My own conflict question?"], CategoryId = await CategoryIdAsync("conflict") });

        var categories = await Practice.CategoriesAsync();

        Assert.Equal(16, categories.Count);
        Assert.Equal("impact", categories[0].Slug);
        Assert.Equal(4, categories.Single(c => c.Slug == "conflict").QuestionCount);
    }

    [Fact]
    public async Task The_target_band_comes_from_the_options()
    {
        await using var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddStoryBankCore(_database.ConnectionString)
            .Configure<PracticeOptions>(o => (o.TargetMinSeconds, o.TargetMaxSeconds) = (60, 150))
            .BuildServiceProvider();

        var options = services.GetRequiredService<PracticeService>().Options;

        Assert.Equal(TimeSpan.FromSeconds(60), options.TargetMin);
        Assert.Equal(TimeSpan.FromSeconds(150), options.TargetMax);
        Assert.Equal(TimeSpan.FromSeconds(90), Practice.Options.TargetMin);
        Assert.Equal(TimeSpan.FromSeconds(120), Practice.Options.TargetMax);
    }

    [Fact]
    public async Task A_wrong_target_band_is_refused_when_the_service_is_made()
    {
        await using var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddStoryBankCore(_database.ConnectionString)
            .Configure<PracticeOptions>(o => (o.TargetMinSeconds, o.TargetMaxSeconds) = (120, 90))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<PracticeService>());

        Assert.Equal("StoryBank:Practice: the target band's minimum (120 s) exceeds its maximum (90 s)", error.Message);
    }

    [Theory]
    [InlineData("tell me about a conflict  with a coworker", null)]
    [InlineData("Describe a conflict with your coworkers", "conflict")]
    public async Task A_built_in_question_finds_the_story_filed_under_the_person_s_own_wording(string own, string? category)
    {
        var story = await Stories.CreateAsync(new StoryDraft
        {
            Title = "Quotas", Questions = [own], CategoryId = category is null ? null : await CategoryIdAsync(category), Sections = new() { Situation = "s" },
        });
        var builtIn = await QuestionIdAsync("Tell me about a conflict with a coworker.");

        var card = await Practice.CueCardAsync(builtIn);

        Assert.Equal(story.Id, card?.StoryId);
    }

    [Fact]
    public async Task A_different_question_in_the_same_category_does_not_take_the_story()
    {
        await Stories.CreateAsync(new StoryDraft { Title = "Boss", Questions = ["Tell me about a conflict with your manager"], CategoryId = await CategoryIdAsync("conflict") });

        Assert.Null(await Practice.CueCardAsync(await QuestionIdAsync("Tell me about a conflict with a coworker.")));
    }

    private async Task<int> QuestionIdAsync(string text)
    {
        await using var db = await _database.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<StoryBank.Core.Data.StoryBankDbContext>>().CreateDbContextAsync();
        return db.Questions.Single(q => q.IsCanonical && q.Text == text).Id;
    }

    private async Task<int> CategoryIdAsync(string slug) =>
        (await _database.Get<CategoryService>().ListAsync()).Single(c => c.Slug == slug).Id;
}
