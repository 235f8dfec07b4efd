using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export;

/// <summary>Loads the stories an export prints, grouped by category in taxonomy order (stories without one last).</summary>
public sealed class ExportService(IDbContextFactory<StoryBankDbContext> contextFactory)
{
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
