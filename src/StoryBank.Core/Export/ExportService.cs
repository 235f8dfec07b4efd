using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export;

/// <summary>Loads the stories an export prints, grouped by category in taxonomy order (stories without one last).</summary>
public sealed class ExportService(IDbContextFactory<StoryBankDbContext> contextFactory)
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
}
