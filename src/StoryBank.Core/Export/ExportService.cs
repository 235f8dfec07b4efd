using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Export;

/// <summary>
/// Loads the stories an export prints, grouped by category in taxonomy order (stories without one last), or a
/// target's sheet (<see cref="LoadTargetSheetAsync"/>).
/// </summary>
public sealed class ExportService(IDbContextFactory<StoryBankDbContext> contextFactory, TargetService targets, TargetCoverageService coverage)
{
    /// <summary>
    /// Reads an export request (see <see cref="ExportRequest.TryParse"/>) and checks its categories and stories exist,
    /// so that a mistyped one is said instead of quietly exporting less: the request, or a one-line reason.
    /// </summary>
    public async Task<ExportRequestResult> ReadRequestAsync(
        ExportFormat format,
        IEnumerable<KeyValuePair<string, string?>> parameters,
        CancellationToken cancellationToken = default)
    {
        if (!ExportRequest.TryParse(format, parameters, out var request, out var problem))
        {
            return new ExportRequestResult { Problem = problem };
        }

        if (request.Target is { } name)
        {
            var found = await targets.FindAsync(name, cancellationToken);
            if (found.Count != 1)
            {
                var all = await targets.ListAsync(cancellationToken);
                return new ExportRequestResult
                {
                    Problem = found.Count == 0
                        ? $"Unknown target \"{name}\"; the targets are: {(all.Count == 0 ? "none yet" : string.Join(", ", all.Select(t => $"{t.Title} ({t.Id})")))}."
                        : $"\"{name}\" names {found.Count} targets; give one's number: {string.Join(", ", found.Select(t => $"{t.Title} ({t.Id})"))}.",
                };
            }

            request = request with { TargetId = found[0].Id };
        }

        var selection = request.Selection;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (selection.CategorySlugs.Count > 0)
        {
            var known = await db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => c.Slug).ToListAsync(cancellationToken);
            if (selection.CategorySlugs.FirstOrDefault(s => !known.Contains(s, StringComparer.Ordinal)) is { } unknown)
            {
                return new ExportRequestResult { Problem = $"Unknown category \"{unknown}\"; the categories are: {string.Join(", ", known)}." };
            }
        }

        if (selection.StoryIds.Count > 0)
        {
            var ids = selection.StoryIds.Distinct().ToList();
            var found = await db.Stories.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            var missing = ids.Except(found).ToList();
            if (missing.Count > 0)
            {
                return new ExportRequestResult { Problem = $"There is no story {missing[0]}." };
            }
        }

        return new ExportRequestResult { Request = request };
    }

    public async Task<IReadOnlyList<ExportStory>> LoadAsync(ExportSelection selection, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stories = db.Stories.AsNoTracking();
        if (selection.CategorySlugs.Count > 0)
        {
            var slugs = selection.CategorySlugs.ToList();
            stories = stories.Where(s => s.Category != null && slugs.Contains(s.Category.Slug));
        }

        if (selection.StoryIds.Count > 0)
        {
            var ids = selection.StoryIds.ToList();
            stories = stories.Where(s => ids.Contains(s.Id));
        }

        if (selection.OnlyComplete)
        {
            stories = stories.Where(s => SectionText.CountFilled(s.Sections.Situation, s.Sections.Role, s.Sections.Action, s.Sections.Outcome) == 4);
        }

        var rows = await stories
            .OrderBy(s => s.Category == null ? int.MaxValue : s.Category.SortOrder)
            .ThenBy(s => s.Id)
            .Select(s => new
            {
                Story = s,
                CategorySlug = s.Category == null ? null : s.Category.Slug,
                CategoryName = s.Category == null ? null : s.Category.Name,
                Questions = s.Questions.OrderBy(q => q.Id).Select(q => new ExportQuestion(q.Text, q.Variants)).ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new ExportStory
        {
            Id = r.Story.Id,
            Title = r.Story.Title,
            Questions = r.Questions,
            CategorySlug = r.CategorySlug,
            CategoryName = r.CategoryName,
            Sections = r.Story.Sections,
            Metrics = r.Story.Metrics,
            FollowUps = r.Story.FollowUps,
        }).ToList();
    }

    /// <summary>
    /// A target's sheet, or null when there is no such target: "Why &lt;company&gt;?" and "Why this role?" with their
    /// answers first, then each competency in the target's order with its stories (those picked, else its categories'
    /// stories, most ready first). A story under more than one heading is printed under the first and only named under
    /// the others; a heading without a story is left out.
    /// </summary>
    public async Task<TargetSheet?> LoadTargetSheetAsync(int targetId, CancellationToken cancellationToken = default)
    {
        var details = await targets.GetAsync(targetId, cancellationToken);
        var covered = await coverage.CoverageAsync(targetId, cancellationToken);
        if (details is null || covered is null)
        {
            return null;
        }

        // Coverage lists gaps first, for the target's page; the sheet follows the target's own order.
        var byId = covered.Competencies.ToDictionary(c => c.Id);
        var sections = covered.Why
            .Select(w => (Heading: w.Question, StoryIds: w.StoryId is { } id ? new List<int> { id } : []))
            .Concat(details.Competencies.Select(c => (Heading: c.Name, StoryIds: byId[c.Id].Stories.Select(s => s.StoryId).ToList())))
            .ToList();
        var ids = sections.SelectMany(s => s.StoryIds).Distinct().ToList();
        var loaded = ids.Count == 0 ? [] : (await LoadAsync(new ExportSelection { StoryIds = ids }, cancellationToken)).ToDictionary(s => s.Id);

        var printedUnder = new Dictionary<int, string>();
        var stories = new List<ExportStory>();
        for (var i = 0; i < sections.Count; i++)
        {
            var (heading, storyIds) = sections[i];
            foreach (var id in storyIds.Where(loaded.ContainsKey))
            {
                var first = printedUnder.GetValueOrDefault(id);
                printedUnder.TryAdd(id, heading);

                // A slug per heading, so that two competencies of the same name still print as two groups.
                stories.Add(loaded[id] with { CategorySlug = $"target-{i}", CategoryName = heading, PrintedUnder = first });
            }
        }

        return new TargetSheet(covered.Target, stories);
    }
}
