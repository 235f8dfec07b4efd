using Microsoft.Extensions.Time.Testing;
using StoryBank.Core.Practice;

namespace StoryBank.Core.Tests.Practice;

public sealed class PracticeSchedulerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly List<PracticeLogEntry> _log = [];

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    [Fact]
    public void Good_ratings_wait_one_day_then_six_then_the_interval_times_the_ease()
    {
        var first = PracticeScheduler.Review(null, PracticeRating.Good, Now);
        var second = PracticeScheduler.Review(first, PracticeRating.Good, first.DueAt);
        var third = PracticeScheduler.Review(second, PracticeRating.Good, second.DueAt);

        Assert.Equal(TimeSpan.FromDays(1), first.Interval);
        Assert.Equal(Now.AddDays(1), first.DueAt);
        Assert.Equal(TimeSpan.FromDays(6), second.Interval);
        Assert.Equal(TimeSpan.FromDays(15), third.Interval);
        Assert.Equal(3, third.Repetitions);
        Assert.Equal(2.5, third.EaseFactor);
        Assert.Equal(3, third.Attempts);
    }

    [Fact]
    public void Easy_raises_the_ease_hard_lowers_it_and_it_never_drops_below_the_floor()
    {
        var easy = PracticeScheduler.Review(null, PracticeRating.Easy, Now);
        var hard = PracticeScheduler.Review(null, PracticeRating.Hard, Now);
        var lapses = Enumerable.Range(0, 10).Aggregate((ReviewState?)null, (state, _) => PracticeScheduler.Review(state, PracticeRating.Again, Now));

        Assert.Equal(2.6, easy.EaseFactor);
        Assert.Equal(2.36, hard.EaseFactor);
        Assert.Equal(PracticeScheduler.MinimumEase, lapses!.EaseFactor);
    }

    [Fact]
    public void A_lower_ease_makes_the_third_interval_shorter()
    {
        var hard = PracticeScheduler.Review(PracticeScheduler.Review(null, PracticeRating.Hard, Now), PracticeRating.Hard, Now);
        var third = PracticeScheduler.Review(hard, PracticeRating.Good, Now);

        Assert.Equal(2.22, hard.EaseFactor);
        Assert.Equal(TimeSpan.FromDays(13), third.Interval);
    }

    [Fact]
    public void Again_restarts_the_repetitions_and_brings_the_question_back_in_ten_minutes()
    {
        var learned = PracticeScheduler.Review(PracticeScheduler.Review(null, PracticeRating.Good, Now), PracticeRating.Good, Now);

        var lapsed = PracticeScheduler.Review(learned, PracticeRating.Again, Now);
        var relearned = PracticeScheduler.Review(lapsed, PracticeRating.Good, lapsed.DueAt);

        Assert.Equal(0, lapsed.Repetitions);
        Assert.Equal(Now.AddMinutes(10), lapsed.DueAt);
        Assert.Equal(2.18, lapsed.EaseFactor);
        Assert.Equal(TimeSpan.FromDays(1), relearned.Interval);
    }

    [Fact]
    public void Replaying_the_log_gives_the_same_state_as_reviewing_step_by_step()
    {
        Attempt(1, PracticeRating.Good);
        _clock.Advance(TimeSpan.FromDays(1));
        Attempt(1, PracticeRating.Hard);

        var state = PracticeScheduler.Replay(_log.AsEnumerable().Reverse());

        var expected = PracticeScheduler.Review(PracticeScheduler.Review(null, PracticeRating.Good, _log[0].AttemptedAt), PracticeRating.Hard, _log[1].AttemptedAt);
        Assert.Equal(expected, state);
        Assert.Null(PracticeScheduler.Replay([]));
    }

    [Fact]
    public void Due_questions_come_most_overdue_first()
    {
        Attempt(1, PracticeRating.Good);
        _clock.Advance(TimeSpan.FromHours(1));
        Attempt(2, PracticeRating.Good);
        _clock.Advance(TimeSpan.FromHours(1));
        Attempt(3, PracticeRating.Good);
        _clock.Advance(TimeSpan.FromDays(2));

        var pick = Next(Candidates(1, 2, 3));

        Assert.Equal(1, pick!.QuestionId);
        Assert.Equal(PracticeReason.Due, pick.Reason);
        Assert.Equal(_log[0].AttemptedAt.AddDays(1), pick.State!.DueAt);
    }

    [Fact]
    public void A_question_rated_again_comes_back_before_one_rated_good()
    {
        Attempt(1, PracticeRating.Good);
        Attempt(2, PracticeRating.Again);
        Attempt(3, PracticeRating.Good);

        _clock.Advance(TimeSpan.FromMinutes(9));
        var tooSoon = Next(Candidates(1, 2, 3));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var due = Next(Candidates(1, 2, 3));

        Assert.NotEqual(PracticeReason.Due, tooSoon!.Reason);
        Assert.Equal(2, due!.QuestionId);
        Assert.Equal(PracticeReason.Due, due.Reason);
    }

    [Fact]
    public void New_questions_come_when_nothing_is_due()
    {
        Attempt(1, PracticeRating.Good);

        var pick = Next(Candidates(1, 2));

        Assert.Equal(2, pick!.QuestionId);
        Assert.Equal(PracticeReason.New, pick.Reason);
        Assert.Null(pick.State);
    }

    [Fact]
    public void A_new_question_is_mixed_in_after_every_two_reviews()
    {
        Attempt(1, PracticeRating.Good);
        Attempt(2, PracticeRating.Good);
        Attempt(3, PracticeRating.Good);
        _clock.Advance(TimeSpan.FromDays(2));
        var candidates = Candidates(1, 2, 3, 4, 5);

        var picks = new List<PracticePick>();
        for (var i = 0; i < 5; i++)
        {
            var pick = Next(candidates)!;
            picks.Add(pick);
            Attempt(pick.QuestionId, PracticeRating.Good);
        }

        Assert.Equal(
            [PracticeReason.Due, PracticeReason.Due, PracticeReason.New, PracticeReason.Due, PracticeReason.New],
            picks.Select(p => p.Reason));
        Assert.Equal([1, 2, 4, 3, 5], picks.Select(p => p.QuestionId));
    }

    [Fact]
    public void When_nothing_is_due_or_new_the_one_due_soonest_comes_ahead_of_time()
    {
        Attempt(1, PracticeRating.Easy);
        Attempt(2, PracticeRating.Good);
        Attempt(3, PracticeRating.Hard);

        var pick = Next(Candidates(1, 2, 3));

        Assert.Equal(PracticeReason.Ahead, pick!.Reason);
        Assert.Equal(1, pick.QuestionId);
    }

    [Fact]
    public void The_question_just_practised_never_comes_straight_back()
    {
        Attempt(1, PracticeRating.Again);
        Attempt(2, PracticeRating.Again);
        _clock.Advance(TimeSpan.FromMinutes(30));

        for (var i = 0; i < 6; i++)
        {
            var previous = _log[^1].QuestionId;
            var pick = Next(Candidates(1, 2))!;
            Assert.NotEqual(previous, pick.QuestionId);
            Attempt(pick.QuestionId, PracticeRating.Again);
            _clock.Advance(TimeSpan.FromMinutes(30));
        }
    }

    [Fact]
    public void The_question_on_screen_is_avoided_too()
    {
        Attempt(1, PracticeRating.Good);

        var pick = PracticeScheduler.Next(Candidates(1, 2, 3), _log, PracticeOrder.Due, Now, exclude: 2);

        Assert.Equal(3, pick!.QuestionId);
    }

    [Fact]
    public void The_only_question_comes_back_when_there_is_nothing_else()
    {
        Attempt(1, PracticeRating.Good);

        Assert.Equal(1, Next(Candidates(1))!.QuestionId);
        Assert.Null(Next([]));
    }

    [Fact]
    public void Weakest_first_asks_again_then_hard_then_new_then_good_then_easy()
    {
        Attempt(1, PracticeRating.Easy);
        Attempt(2, PracticeRating.Good);
        Attempt(3, PracticeRating.Hard);
        Attempt(4, PracticeRating.Again);
        Attempt(6, PracticeRating.Good);
        var candidates = Candidates(1, 2, 3, 4, 5);

        var order = new List<int>();
        var remaining = candidates.ToList();
        while (remaining.Count > 0)
        {
            var pick = PracticeScheduler.Next(remaining, _log, PracticeOrder.WeakestFirst, Now)!;
            order.Add(pick.QuestionId);
            remaining.RemoveAll(c => c.QuestionId == pick.QuestionId);
        }

        Assert.Equal([4, 3, 5, 2, 1], order);
        Assert.Equal(PracticeReason.Weak, PracticeScheduler.Next(candidates, _log, PracticeOrder.WeakestFirst, Now)!.Reason);
    }

    [Fact]
    public void New_questions_start_with_the_persons_own_then_take_turns_across_categories()
    {
        PracticeCandidate[] candidates =
        [
            new(10, IsOwn: false, CategoryOrder: 1),
            new(11, IsOwn: false, CategoryOrder: 1),
            new(20, IsOwn: false, CategoryOrder: 2),
            new(21, IsOwn: false, CategoryOrder: 2),
            new(30, IsOwn: true, CategoryOrder: 3),
        ];

        var order = new List<int>();
        for (var i = 0; i < candidates.Length; i++)
        {
            var pick = Next(candidates)!;
            Assert.Equal(PracticeReason.New, pick.Reason);
            order.Add(pick.QuestionId);
            Attempt(pick.QuestionId, PracticeRating.Good);
        }

        Assert.Equal([30, 10, 20, 11, 21], order);
    }

    private PracticePick? Next(IReadOnlyList<PracticeCandidate> candidates) =>
        PracticeScheduler.Next(candidates, _log, PracticeOrder.Due, Now);

    private void Attempt(int questionId, PracticeRating rating)
    {
        _log.Add(new PracticeLogEntry(questionId, rating, Now));
        _clock.Advance(TimeSpan.FromSeconds(1));
    }

    private static List<PracticeCandidate> Candidates(params int[] ids) =>
        ids.Select(id => new PracticeCandidate(id, IsOwn: false, CategoryOrder: 1)).ToList();
}
