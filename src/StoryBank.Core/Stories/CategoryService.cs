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
}
