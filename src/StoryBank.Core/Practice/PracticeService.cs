using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Practice;

/// <summary>
/// Rehearsal: picks the next question (<see cref="PracticeScheduler"/>, SM-2), shows the story behind it as a cue card,
/// stores every attempt and reports how practice has gone. Each operation opens its own context.
/// </summary>
/// <param name="contextFactory">The database.</param>
/// <param name="clock">All times come from here, so tests control them.</param>
/// <param name="options">The target band; null keeps the defaults.</param>
public sealed class PracticeService(
    IDbContextFactory<StoryBankDbContext> contextFactory,
    TimeProvider clock,
    IOptions<PracticeOptions>? options = null)
{
    /// <summary>The target band for an answer.</summary>
    public PracticeOptions Options { get; } = options?.Value ?? new PracticeOptions();

    /// <summary>Categories in taxonomy order with the number of questions each offers for practice.</summary>
    public async Task<IReadOnlyList<PracticeCategory>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Categories
            .OrderBy(c => c.SortOrder)
            .ThenBy(c => c.Name)
            .Select(c => new PracticeCategory(c.Slug, c.Name, c.Questions.Count(q => q.IsCanonical || q.Stories.Count > 0)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The question to practise next: the person's own questions (those with a story) and the taxonomy's, in the chosen
    /// categories, in the chosen order. Null when the categories hold no question.
    /// </summary>
    /// <param name="filter">Categories and order.</param>
    /// <param name="exclude">The question on screen, which should not come straight back.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<PracticeQuestion?> NextQuestionAsync(PracticeFilter filter, int? exclude = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var questions = db.Questions.AsNoTracking().Where(q => q.IsCanonical || q.Stories.Count > 0);
        if (filter.CategorySlugs.Count > 0)
        {
            var slugs = filter.CategorySlugs.ToList();
            questions = questions.Where(q => q.Category != null && slugs.Contains(q.Category.Slug));
        }

        var candidates = await questions
            .Select(q => new PracticeCandidate(q.Id, q.Stories.Count > 0, q.Category == null ? int.MaxValue : q.Category.SortOrder))
            .ToListAsync(cancellationToken);

        // The whole log: one person's attempts stay in the thousands, and replaying them is what SM-2 needs.
        var log = await db.PracticeAttempts
            .Select(a => new PracticeLogEntry(a.QuestionId, a.Rating, a.AttemptedAt))
            .ToListAsync(cancellationToken);

        var pick = PracticeScheduler.Next(candidates, log, filter.Order, clock.GetUtcNow().UtcDateTime, exclude);
        if (pick is null)
        {
            return null;
        }

        var question = await db.Questions
            .AsNoTracking()
            .Where(q => q.Id == pick.QuestionId)
            .Select(q => new { q.Text, Slug = q.Category == null ? null : q.Category.Slug, Name = q.Category == null ? null : q.Category.Name })
            .SingleAsync(cancellationToken);
        var storyId = await (await StoriesForAsync(db, pick.QuestionId, cancellationToken)).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return new PracticeQuestion(
            pick.QuestionId,
            question.Text,
            question.Slug,
            question.Name,
            storyId,
            pick.Reason,
            pick.State?.Attempts ?? 0,
            pick.State?.LastRating,
            pick.State?.DueAt);
    }

    /// <summary>
    /// The story that answers a question, as a cue card, or null when no story does. With several, the most complete
    /// (then the latest) one, the same one <see cref="NextQuestionAsync"/> names.
    /// </summary>
    public async Task<CueCard?> CueCardAsync(int questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var answering = await StoriesForAsync(db, questionId, cancellationToken);
        var stories = await answering
            .Select(s => new
            {
                s.Id,
                s.Title,
                Question = s.Questions.OrderBy(q => q.Id).Select(q => q.Text).FirstOrDefault(),
                s.Sections,
                s.Metrics,
                s.FollowUps,
            })
            .Take(2)
            .ToListAsync(cancellationToken);
        if (stories.Count == 0)
        {
            return null;
        }

        var story = stories[0];
        var others = stories.Count == 1 ? 0 : await answering.CountAsync(cancellationToken) - 1;
        List<CueLine> lines =
        [
            new(StorySection.Situation, CueText.FirstLine(story.Sections.Situation)),
            new(StorySection.Role, CueText.FirstLine(story.Sections.Role)),
            new(StorySection.Action, CueText.FirstLine(story.Sections.Action)),
            new(StorySection.Outcome, CueText.FirstLine(story.Sections.Outcome)),
        ];

        // Imported material not yet sorted is often all a young story has; it still jogs the memory.
        if (!string.IsNullOrWhiteSpace(story.Sections.Notes))
        {
            lines.Add(new CueLine(StorySection.Notes, CueText.FirstLine(story.Sections.Notes)));
        }

        return new CueCard(
            story.Id,
            !string.IsNullOrWhiteSpace(story.Title) ? story.Title : story.Question ?? "(untitled story)",
            story.Metrics,
            lines,
            story.FollowUps.Select(f => f.Question).Where(q => !string.IsNullOrWhiteSpace(q)).ToList(),
            others);
    }

    /// <summary>Stores an attempt at the current time.</summary>
    /// <param name="questionId">The question practised.</param>
    /// <param name="storyId">The story on its cue card, if any; dropped when the story has been deleted meanwhile.</param>
    /// <param name="duration">Time on the timer.</param>
    /// <param name="rating">How it went.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative duration or an unknown rating.</exception>
    /// <exception cref="ArgumentException">There is no such question.</exception>
    public async Task<PracticeAttempt> RecordAttemptAsync(
        int questionId, int? storyId, TimeSpan duration, PracticeRating rating, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (!Enum.IsDefined(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "Not a rating.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Questions.AnyAsync(q => q.Id == questionId, cancellationToken))
        {
            throw new ArgumentException($"There is no question {questionId}.", nameof(questionId));
        }

        if (storyId is { } id && !await db.Stories.AnyAsync(s => s.Id == id, cancellationToken))
        {
            storyId = null;
        }

        var attempt = new PracticeAttempt
        {
            QuestionId = questionId,
            StoryId = storyId,
            Duration = duration,
            Rating = rating,
            AttemptedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.PracticeAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return attempt;
    }

    /// <summary>Every question practised so far, the latest first, with its attempts, average time, last rating and next review.</summary>
    public async Task<IReadOnlyList<QuestionHistory>> QuestionHistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var attempts = await db.PracticeAttempts
            .Select(a => new { a.QuestionId, a.Rating, a.Duration, a.AttemptedAt, a.Question!.Text, Category = a.Question.Category == null ? null : a.Question.Category.Name })
            .ToListAsync(cancellationToken);

        // Averages over TimeSpan do not translate to SQL; one person's attempts are few enough to add up here.
        return attempts
            .GroupBy(a => a.QuestionId)
            .Select(g =>
            {
                var ordered = g.OrderBy(a => a.AttemptedAt).ToList();
                var last = ordered[^1];
                var state = PracticeScheduler.Replay(ordered.Select(a => new PracticeLogEntry(a.QuestionId, a.Rating, a.AttemptedAt)))!;
                return new QuestionHistory(
                    g.Key,
                    last.Text,
                    last.Category,
                    ordered.Count,
                    Average(ordered.Select(a => a.Duration)),
                    last.Rating,
                    last.AttemptedAt,
                    state.DueAt);
            })
            .OrderByDescending(h => h.LastAttemptAt)
            .ThenBy(h => h.QuestionId)
            .ToList();
    }

    /// <summary>Attempts and average time per local day for the last <paramref name="days"/> days, oldest first, today last; days without practice included.</summary>
    public async Task<IReadOnlyList<PracticeDay>> DailyHistoryAsync(int days = 30, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var now = clock.GetUtcNow();
        var zone = clock.LocalTimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var first = today.AddDays(-(days - 1));

        // A day more than needed covers any time zone; the exact cut is made on local dates below.
        var since = now.UtcDateTime.AddDays(-(days + 1));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var attempts = await db.PracticeAttempts
            .Where(a => a.AttemptedAt >= since)
            .Select(a => new { a.AttemptedAt, a.Duration })
            .ToListAsync(cancellationToken);

        var byDay = attempts
            .GroupBy(a => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(a.AttemptedAt, DateTimeKind.Utc), zone)))
            .ToDictionary(g => g.Key, g => g.Select(a => a.Duration).ToList());
        return Enumerable.Range(0, days)
            .Select(offset => first.AddDays(offset))
            .Select(day => byDay.TryGetValue(day, out var durations)
                ? new PracticeDay(day, durations.Count, Average(durations))
                : new PracticeDay(day, 0, null))
            .ToList();
    }

    /// <summary>
    /// The stories answering a question, the one for the cue card first: those filed under it and those filed under a
    /// question that asks the same (<see cref="QuestionMatch"/>), so a built-in question finds the person's own story.
    /// </summary>
    private static async Task<IQueryable<Story>> StoriesForAsync(StoryBankDbContext db, int questionId, CancellationToken cancellationToken)
    {
        var ids = new List<int> { questionId };
        var asked = await db.Questions.Where(q => q.Id == questionId).Select(q => new { q.Text, q.CategoryId }).SingleOrDefaultAsync(cancellationToken);
        if (asked is not null)
        {
            var answered = await db.Questions
                .Where(q => q.Id != questionId && q.Stories.Any())
                .Select(q => new { q.Id, q.Text, q.CategoryId })
                .ToListAsync(cancellationToken);
            ids.AddRange(answered.Where(q => QuestionMatch.Matches(asked.Text, asked.CategoryId, q.Text, q.CategoryId)).Select(q => q.Id));
        }

        return StoriesFor(db, ids);
    }

    private static IQueryable<Story> StoriesFor(StoryBankDbContext db, List<int> questionIds) =>
        db.Stories
            .AsNoTracking()
            .Where(s => s.Questions.Any(q => questionIds.Contains(q.Id)))
            .OrderByDescending(s => SectionText.CountFilled(s.Sections.Situation, s.Sections.Role, s.Sections.Action, s.Sections.Outcome))
            .ThenByDescending(s => s.UpdatedAt)
            .ThenBy(s => s.Id);

    private static TimeSpan Average(IEnumerable<TimeSpan> durations) =>
        TimeSpan.FromTicks((long)durations.Average(d => d.Ticks));
}
