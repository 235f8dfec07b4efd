using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;

namespace StoryBank.Core.Stories;

/// <summary>Reads the question categories.</summary>
public sealed class CategoryService(IDbContextFactory<StoryBankDbContext> contextFactory)
{
    /// <summary>All categories in taxonomy order, each with its story count.</summary>
    public async Task<IReadOnlyList<CategorySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Categories
            .OrderBy(c => c.SortOrder)
            .ThenBy(c => c.Name)
            .Select(c => new CategorySummary(c.Id, c.Slug, c.Name, c.Description, c.Stories.Count))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The coverage grid: every category in taxonomy order with its story count and its first
    /// <paramref name="storiesPerCategory"/> stories (most complete first), so a bank of 10,000 stays light.
    /// </summary>
    public async Task<IReadOnlyList<CategoryCoverage>> CoverageAsync(int storiesPerCategory = 8, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Categories
            .OrderBy(c => c.SortOrder)
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.Name,
                c.Description,
                Count = c.Stories.Count,
                Stories = c.Stories
                    .Select(s => new
                    {
                        s.Id,
                        s.Title,
                        Question = s.Questions.OrderBy(q => q.Id).Select(q => q.Text).FirstOrDefault(),
                        Filled = SectionText.CountFilled(s.Situation, s.Role, s.Action, s.Outcome),
                    })
                    .OrderByDescending(s => s.Filled)
                    .ThenBy(s => s.Id)
                    .Take(storiesPerCategory)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(c => new CategoryCoverage(
                c.Id,
                c.Slug,
                c.Name,
                c.Description,
                c.Count,
                c.Stories.Select(s => new CoveredStory(s.Id, s.Title.Length > 0 ? s.Title : s.Question ?? "(untitled story)", s.Filled)).ToList()))
            .ToList();
    }

    /// <summary>The taxonomy's prompts for a category, to pick from in the editor.</summary>
    public async Task<IReadOnlyList<string>> CanonicalQuestionsAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Questions
            .Where(q => q.CategoryId == categoryId && q.IsCanonical)
            .OrderBy(q => q.Id)
            .Select(q => q.Text)
            .ToListAsync(cancellationToken);
    }
}
