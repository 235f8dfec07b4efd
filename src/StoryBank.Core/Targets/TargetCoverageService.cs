using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Coaching;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Targets;

/// <summary>
/// Coverage for one target, one operation per call: <see cref="CoverageAsync"/> (what the target's page shows) and
/// <see cref="LinkWhyAsync"/>. "Why &lt;company&gt;?" and "Why this role?" are answered by stories in the motivation
/// category, so they are written in the editor, coached, exported and practised like any other story: the target
/// links its answer, and until it does, a motivation story asking "Why &lt;company&gt;…?" counts (the seed's "Why
/// Facebook?" answers a Facebook target). Readiness reuses the coverage grid's STAR count and the coaching findings.
/// </summary>
public sealed class TargetCoverageService(IDbContextFactory<StoryBankDbContext> contexts, CoachingService coaching, TimeProvider clock)
{
    /// <summary>The field's advice: at least two stories per competency.</summary>
    public const int StoriesPerCompetency = 2;

    /// <summary>A story covering more competencies than this is "the same story for everything".</summary>
    public const int MaxCompetenciesPerStory = 3;

    /// <summary>The slug of the category the "Why" answers live in.</summary>
    public const string MotivationSlug = "motivation";

    /// <summary>The target's coverage, or null when there is no target with that id.</summary>
    public async Task<TargetCoverage?> CoverageAsync(int targetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await db.Targets.AsNoTracking()
            .Include(t => t.Competencies).ThenInclude(c => c.Stories)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == targetId, cancellationToken);
        if (target is null)
        {
            return null;
        }

        var slugs = target.Competencies.SelectMany(c => c.CategorySlugs).Append(MotivationSlug).Distinct().ToList();
        var picked = target.Competencies.SelectMany(c => c.Stories.Select(s => s.Id)).Distinct().ToList();
        var stories = await db.Stories.AsNoTracking()
            .Where(s => (s.Category != null && slugs.Contains(s.Category.Slug)) || picked.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.Title,
                Question = s.Questions.OrderBy(q => q.Id).Select(q => q.Text).FirstOrDefault(),
                Slug = s.Category != null ? s.Category.Slug : null,
                Filled = SectionText.CountFilled(s.Sections.Situation, s.Sections.Role, s.Sections.Action, s.Sections.Outcome),
            })
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var findings = (await coaching.FindingsAsync(cancellationToken: cancellationToken))
            .Where(f => f.StoryId is not null)
            .GroupBy(f => f.StoryId!.Value)
            .ToDictionary(g => g.Key, g => (All: g.Count(), High: g.Count(f => f.Severity == FindingSeverity.High)));
        var readiness = stories.ToDictionary(
            s => s.Id,
            s =>
            {
                var found = findings.GetValueOrDefault(s.Id);
                var label = s.Title.Length > 0 ? s.Title : s.Question ?? $"Story {s.Id}";
                return new StoryReadiness(s.Id, label, s.Slug, s.Filled, found.All, found.High);
            });

        var competencies = target.Competencies
            .OrderBy(c => c.SortOrder)
            .Select(c =>
            {
                var covering = c.Stories.Count > 0
                    ? c.Stories.Select(s => readiness[s.Id])
                    : readiness.Values.Where(r => r.CategorySlug is not null && c.CategorySlugs.Contains(r.CategorySlug));
                return new CompetencyCoverage(c.Id, c.Name, c.CategorySlugs, c.Stories.Count > 0, [.. covering
                    .OrderByDescending(r => r.IsReady)
                    .ThenByDescending(r => r.FilledStarSections)
                    .ThenBy(r => r.Findings)
                    .ThenBy(r => r.StoryId)]);
            })
            .ToList();
        var ordered = competencies.OrderBy(c => c.IsGap ? 0 : c.IsThin ? 1 : 2).ToList();

        var summary = new TargetSummary(target.Id, target.Company, target.Role, target.InterviewDate, target.ModelName, target.Competencies.Count);
        var motivation = stories.Where(s => s.Slug == MotivationSlug).ToList();
        int? AskingWhy(string company) => motivation
            .FirstOrDefault(s => s.Question is { } q && q.TrimStart().StartsWith("why", StringComparison.OrdinalIgnoreCase) && q.Contains(company, StringComparison.OrdinalIgnoreCase))?.Id;
        var whyCompanyId = target.WhyCompanyStoryId ?? AskingWhy(target.Company);
        var whyRoleId = target.WhyRoleStoryId ?? (target.Role.Length > 0 ? AskingWhy(target.Role) : null);
        string? Label(int? id) => id is { } known ? readiness.GetValueOrDefault(known)?.Label ?? $"Story {known}" : null;
        IReadOnlyList<WhyQuestion> why =
        [
            new(WhyKind.Company, $"Why {target.Company}?", whyCompanyId, Label(whyCompanyId),
                $"What draws you to {target.Company} in particular: its product, mission or people, tied to something you did."),
            new(WhyKind.Role, "Why this role?", whyRoleId, Label(whyRoleId),
                "Why this role now: what you have done that leads to it and what you want to do next."),
        ];

        var warnings = competencies
            .SelectMany(c => c.Stories.Select(s => (s.StoryId, s.Label, Competency: c.Name)))
            .GroupBy(x => (x.StoryId, x.Label))
            .Where(g => g.Count() > MaxCompetenciesPerStory)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.StoryId)
            .Select(g => $"\"{g.Key.Label}\" carries {g.Count()} of {competencies.Count} competencies; the advice is at least {StoriesPerCompetency} stories per competency, not the same story for everything.")
            .ToList();

        int? days = target.InterviewDate is { } date
            ? date.DayNumber - DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).DayNumber
            : null;
        return new TargetCoverage(summary, days, why, ordered, warnings);
    }

    /// <summary>Links the story answering "Why &lt;company&gt;?" or "Why this role?"; null unlinks it. The story stays as it is.</summary>
    /// <exception cref="KeyNotFoundException">No such target or story.</exception>
    public async Task LinkWhyAsync(int targetId, WhyKind kind, int? storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == targetId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no target {targetId}.");
        if (storyId is { } id && !await db.Stories.AnyAsync(s => s.Id == id, cancellationToken))
        {
            throw new KeyNotFoundException($"There is no story {id}.");
        }

        if (kind == WhyKind.Company)
        {
            target.WhyCompanyStoryId = storyId;
        }
        else
        {
            target.WhyRoleStoryId = storyId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
