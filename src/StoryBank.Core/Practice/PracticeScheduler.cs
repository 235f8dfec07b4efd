namespace StoryBank.Core.Practice;

/// <summary>
/// Decides what to practise next with <b>SM-2</b>, the SuperMemo 2 spaced-repetition algorithm (P. Woźniak, 1987).
/// <para>
/// A rating is an SM-2 quality: Again 2, Hard 3, Good 4, Easy 5; 3 and up is a pass. After a pass the interval is 1 day,
/// then 6 days, then the previous interval times the ease factor, in whole days. The ease factor starts at 2.5, moves by
/// 0.1 − (5 − q)(0.08 + (5 − q)·0.02) after every rating (Easy +0.10, Good 0, Hard −0.14, Again −0.32) and never drops
/// below 1.3. A lapse (Again) restarts the repetitions; where SM-2 waits a day, the question comes back after 10 minutes
/// (Anki's relearning step), so a story that did not come out is tried again in the same session.
/// </para>
/// <para>
/// SM-2 schedules one question at a time; choosing among them follows <see cref="PracticeOrder"/>. <b>Due</b>: due
/// questions first, the most overdue first (the lower ease first on a tie), which puts lapses and weak questions up
/// front because their intervals are short; after every <see cref="ReviewsPerNewQuestion"/> reviews one new question is
/// mixed in; when nothing is due, new questions; when nothing is new either, the one due soonest. <b>Weakest first</b>:
/// last rated Again, then Hard, then never practised, then Good, then Easy; the lower ease first within each. New
/// questions start with the person's own (those with stories), then take turns across categories. The question just
/// practised or on screen never comes straight back, unless it is the only one.
/// </para>
/// </summary>
public static class PracticeScheduler
{
    /// <summary>SM-2's starting E-Factor.</summary>
    public const double StartingEase = 2.5;

    /// <summary>SM-2's lowest E-Factor: below it, intervals would grow too slowly to be useful.</summary>
    public const double MinimumEase = 1.3;

    /// <summary>Reviews between two new questions when both are waiting.</summary>
    public const int ReviewsPerNewQuestion = 2;

    /// <summary>How soon a question rated Again comes back.</summary>
    public static readonly TimeSpan RelearningStep = TimeSpan.FromMinutes(10);

    /// <summary>The schedule after one more attempt.</summary>
    /// <param name="state">The schedule so far, or null for a question never practised.</param>
    /// <param name="rating">How the attempt went.</param>
    /// <param name="at">UTC time of the attempt.</param>
    public static ReviewState Review(ReviewState? state, PracticeRating rating, DateTime at)
    {
        var quality = Quality(rating);
        var repetitions = state?.Repetitions ?? 0;
        var ease = state?.EaseFactor ?? StartingEase;
        TimeSpan interval;
        if (quality < 3)
        {
            repetitions = 0;
            interval = RelearningStep;
        }
        else
        {
            interval = repetitions switch
            {
                0 => TimeSpan.FromDays(1),
                1 => TimeSpan.FromDays(6),
                _ => TimeSpan.FromDays(Math.Max(1, Math.Round(state!.Interval.TotalDays * ease, MidpointRounding.AwayFromZero))),
            };
            repetitions++;
        }

        // SM-2 uses the old ease for this interval and the new one from the next; two decimals, as SM-2 states them.
        ease = Math.Round(Math.Max(MinimumEase, ease + 0.1 - ((5 - quality) * (0.08 + ((5 - quality) * 0.02)))), 2);
        return new ReviewState(repetitions, ease, interval, at + interval, rating, (state?.Attempts ?? 0) + 1);
    }

    /// <summary>The schedule of one question after all its attempts, or null when it was never practised.</summary>
    public static ReviewState? Replay(IEnumerable<PracticeLogEntry> attempts) =>
        attempts
            .OrderBy(a => a.AttemptedAt)
            .Aggregate((ReviewState?)null, (state, attempt) => Review(state, attempt.Rating, attempt.AttemptedAt));

    /// <summary>Picks the next question, or returns null when there are no candidates.</summary>
    /// <param name="candidates">The questions that may be asked (already filtered by category).</param>
    /// <param name="log">Every past attempt, of any question; the latest one is never repeated straight away.</param>
    /// <param name="order">Spaced repetition or weakest first.</param>
    /// <param name="now">UTC.</param>
    /// <param name="exclude">Also avoid this question (the one on screen), unless nothing else is left.</param>
    public static PracticePick? Next(
        IReadOnlyList<PracticeCandidate> candidates, IReadOnlyList<PracticeLogEntry> log, PracticeOrder order, DateTime now, int? exclude = null)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var chronological = log.OrderBy(a => a.AttemptedAt).ToList();
        var states = chronological
            .GroupBy(a => a.QuestionId)
            .ToDictionary(g => g.Key, g => Replay(g)!);
        var previous = chronological.Count > 0 ? chronological[^1].QuestionId : (int?)null;

        var allowed = candidates.Where(c => c.QuestionId != previous && c.QuestionId != exclude).ToList();
        if (allowed.Count == 0)
        {
            allowed = candidates.Where(c => c.QuestionId != exclude).ToList();
        }

        if (allowed.Count == 0)
        {
            allowed = [.. candidates];
        }

        // Turns are taken over every candidate, so neither practice nor exclusion resets a category's turn.
        var newRank = InNewOrder(candidates)
            .Select((c, index) => (c.QuestionId, index))
            .ToDictionary(x => x.QuestionId, x => x.index);
        return order == PracticeOrder.WeakestFirst
            ? WeakestFirst(allowed, states, newRank)
            : DueFirst(allowed, states, newRank, now, ReviewsSinceNewQuestion(chronological));
    }

    private static PracticePick DueFirst(
        List<PracticeCandidate> candidates, Dictionary<int, ReviewState> states, Dictionary<int, int> newRank, DateTime now, int reviewsSinceNew)
    {
        var due = candidates
            .Where(c => states.TryGetValue(c.QuestionId, out var s) && s.DueAt <= now)
            .Select(c => (Candidate: c, State: states[c.QuestionId]))
            .OrderBy(x => x.State.DueAt)
            .ThenBy(x => x.State.EaseFactor)
            .ThenBy(x => x.Candidate.QuestionId)
            .ToList();
        var unseen = candidates.Where(c => !states.ContainsKey(c.QuestionId)).OrderBy(c => newRank[c.QuestionId]).ToList();

        if (unseen.Count > 0 && (due.Count == 0 || reviewsSinceNew >= ReviewsPerNewQuestion))
        {
            return new PracticePick(unseen[0].QuestionId, PracticeReason.New, null);
        }

        if (due.Count > 0)
        {
            return new PracticePick(due[0].Candidate.QuestionId, PracticeReason.Due, due[0].State);
        }

        var ahead = candidates
            .Select(c => (Candidate: c, State: states[c.QuestionId]))
            .OrderBy(x => x.State.DueAt)
            .ThenBy(x => x.State.EaseFactor)
            .ThenBy(x => x.Candidate.QuestionId)
            .First();
        return new PracticePick(ahead.Candidate.QuestionId, PracticeReason.Ahead, ahead.State);
    }

    private static PracticePick WeakestFirst(List<PracticeCandidate> candidates, Dictionary<int, ReviewState> states, Dictionary<int, int> newRank)
    {
        var weakest = candidates
            .Select(c => (Candidate: c, State: states.GetValueOrDefault(c.QuestionId)))
            .OrderBy(x => Weakness(x.State))
            .ThenBy(x => x.State?.EaseFactor ?? StartingEase)
            .ThenBy(x => x.State?.DueAt ?? DateTime.MinValue)
            .ThenBy(x => newRank[x.Candidate.QuestionId])
            .First();
        return new PracticePick(weakest.Candidate.QuestionId, weakest.State is null ? PracticeReason.New : PracticeReason.Weak, weakest.State);
    }

    /// <summary>Lower is weaker; a question never practised sits between Hard and Good.</summary>
    private static int Weakness(ReviewState? state) => state?.LastRating switch
    {
        PracticeRating.Again => 0,
        PracticeRating.Hard => 1,
        null => 2,
        PracticeRating.Good => 3,
        _ => 4,
    };

    /// <summary>The person's own questions first; then one per category in turn, so "all" does not drill one category.</summary>
    private static IEnumerable<PracticeCandidate> InNewOrder(IEnumerable<PracticeCandidate> candidates) =>
        candidates
            .GroupBy(c => (c.IsOwn, c.CategoryOrder))
            .SelectMany(g => g.OrderBy(c => c.QuestionId).Select((c, turn) => (Candidate: c, Turn: turn)))
            .OrderByDescending(x => x.Candidate.IsOwn)
            .ThenBy(x => x.Turn)
            .ThenBy(x => x.Candidate.CategoryOrder)
            .ThenBy(x => x.Candidate.QuestionId)
            .Select(x => x.Candidate);

    /// <summary>How many of the latest attempts were reviews, counting back to the last first-ever attempt of a question.</summary>
    private static int ReviewsSinceNewQuestion(List<PracticeLogEntry> chronological)
    {
        var firstAttempt = new Dictionary<int, int>();
        for (var i = 0; i < chronological.Count; i++)
        {
            firstAttempt.TryAdd(chronological[i].QuestionId, i);
        }

        var reviews = 0;
        for (var i = chronological.Count - 1; i >= 0 && firstAttempt[chronological[i].QuestionId] != i; i--)
        {
            reviews++;
        }

        return reviews;
    }

    private static int Quality(PracticeRating rating) => rating switch
    {
        PracticeRating.Again => 2,
        PracticeRating.Hard => 3,
        PracticeRating.Good => 4,
        PracticeRating.Easy => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Not a rating."),
    };
}
