using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Coaching;

/// <summary>Runs the coaching checks over the bank and ranks what to fill next.</summary>
public sealed class CoachingService(IDbContextFactory<StoryBankDbContext> contextFactory)
{
    /// <summary>Filters (category and check) whose findings are kept; more are rare, and then all are dropped.</summary>
    private const int MaxCached = 16;

    /// <summary>
    /// Every save raises a story's Version and its UpdatedAt, every new story adds a row, every deletion removes one: a
    /// write to any story changes this, so while it stays the same the findings computed for it still hold.
    /// </summary>
    private const string DataVersionSql =
        "SELECT count(*) || ':' || coalesce(sum(Version), 0) || ':' || coalesce(max(Id), 0) || ':' || coalesce(max(UpdatedAt), '') AS Value FROM Stories";

    private readonly Lock _cacheLock = new();
    private readonly Dictionary<(string? Category, string? Check), IReadOnlyList<Finding>> _cache = [];
    private string? _cachedVersion;

    /// <summary>
    /// All findings, most useful first, optionally for one category or one check. The checks read every word of every
    /// story (seconds with 10,000 of them), so the findings are kept until a story changes; the Gaps page asks for the
    /// same list on each of its pages.
    /// </summary>
    public async Task<IReadOnlyList<Finding>> FindingsAsync(string? categorySlug = null, string? checkId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
#pragma warning disable EF1002 // A constant query.
        var version = (await db.Database.SqlQueryRaw<string>(DataVersionSql).ToListAsync(cancellationToken)).Single();
#pragma warning restore EF1002
        var key = (categorySlug, checkId);
        lock (_cacheLock)
        {
            if (version == _cachedVersion && _cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var findings = await ComputeAsync(db, categorySlug, checkId, cancellationToken);
        lock (_cacheLock)
        {
            if (version != _cachedVersion || _cache.Count >= MaxCached)
            {
                _cache.Clear();
                _cachedVersion = version;
            }

            _cache[key] = findings;
        }

        return findings;
    }

    private static async Task<IReadOnlyList<Finding>> ComputeAsync(StoryBankDbContext db, string? categorySlug, string? checkId, CancellationToken cancellationToken)
    {
        var stories = db.Stories.AsNoTracking();
        if (categorySlug == StoryQuery.NoCategory)
        {
            stories = stories.Where(s => s.CategoryId == null);
        }
        else if (!string.IsNullOrEmpty(categorySlug))
        {
            stories = stories.Where(s => s.Category != null && s.Category.Slug == categorySlug);
        }

        var facts = await Project(stories).ToListAsync(cancellationToken);
        var categories = await db.Categories
            .Where(c => string.IsNullOrEmpty(categorySlug) || c.Slug == categorySlug)
            .OrderBy(c => c.SortOrder)
            .Select(c => new { c.Slug, c.Name, Count = c.Stories.Count })
            .ToListAsync(cancellationToken);

        var findings = categories
            .Select(c => CoachingRules.ForCategory(c.Slug, c.Name, c.Count))
            .OfType<Finding>()
            .Concat(facts.SelectMany(CoachingRules.ForStory));
        if (!string.IsNullOrEmpty(checkId))
        {
            findings = findings.Where(f => f.CheckId == checkId);
        }

        return Rank(findings, facts.ToDictionary(f => f.Id, f => f.FilledStarSections), categories.Select(c => c.Slug).ToList());
    }

    /// <summary>The findings for one story, in rank order; empty when there is no such story.</summary>
    public async Task<IReadOnlyList<Finding>> ForStoryAsync(int storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var facts = await Project(db.Stories.AsNoTracking().Where(s => s.Id == storyId)).SingleOrDefaultAsync(cancellationToken);
        return facts is null ? [] : Rank(CoachingRules.ForStory(facts), new Dictionary<int, int> { [facts.Id] = facts.FilledStarSections }, []);
    }

    /// <summary>
    /// Check order first (a category with no story before a missing title); within a check, stories closest to ready
    /// first, because finishing those pays off soonest.
    /// </summary>
    public static IReadOnlyList<Finding> Rank(IEnumerable<Finding> findings, IReadOnlyDictionary<int, int> readiness, IReadOnlyList<string> categoryOrder) =>
        findings
            .OrderBy(f => IndexOf(CoachingChecks.InRankOrder, f.CheckId))
            .ThenByDescending(f => f.StoryId is { } id ? readiness.GetValueOrDefault(id) : 0)
            .ThenBy(f => f.CategorySlug is { } slug ? IndexOf(categoryOrder, slug) : int.MaxValue)
            .ThenBy(f => f.StoryLabel, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(f => f.StoryId)
            .Select((f, index) => f with { Rank = index + 1 })
            .ToList();

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return list.Count;
    }

    private static IQueryable<StoryFacts> Project(IQueryable<Story> stories) =>
        stories.Select(s => new StoryFacts(
            s.Id,
            s.Title,
            s.Sections,
            s.FollowUps,
            s.Category == null ? null : s.Category.Slug,
            s.Category == null ? null : s.Category.Name,
            s.Questions.OrderBy(q => q.Id).Select(q => q.Text).FirstOrDefault()));
}
