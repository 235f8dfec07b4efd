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
                    .AsQueryable()
                    .Select(ToCoveredRow)
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
                c.Stories.Select(s => s.ToCoveredStory()).ToList()))
            .ToList();
    }

    /// <summary>
    /// The stories without a category, as a card for the coverage grid (slug <see cref="StoryQuery.NoCategory"/>): their
    /// count and the first <paramref name="storiesPerCategory"/>, most complete first.
    /// </summary>
    public async Task<CategoryCoverage> UncategorizedAsync(int storiesPerCategory = 8, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stories = db.Stories.Where(s => s.CategoryId == null);
        var count = await stories.CountAsync(cancellationToken);
        var rows = await stories
            .Select(ToCoveredRow)
            .OrderByDescending(s => s.Filled)
            .ThenBy(s => s.Id)
            .Take(storiesPerCategory)
            .ToListAsync(cancellationToken);
        return new CategoryCoverage(0, StoryQuery.NoCategory, "No category yet", "Stories not yet filed under a question category.", count, rows.Select(r => r.ToCoveredStory()).ToList());
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

    /// <summary>One story as a cell of the coverage grid, in SQL: used for the categories and for "No category yet".</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Story, CoveredRow>> ToCoveredRow = s => new CoveredRow
    {
        Id = s.Id,
        Title = s.Title,
        Question = s.Questions.OrderBy(q => q.Id).Select(q => q.Text).FirstOrDefault(),
        Filled = SectionText.CountFilled(s.Sections.Situation, s.Sections.Role, s.Sections.Action, s.Sections.Outcome),
        OtherText = SectionText.IsFilled(s.Sections.Reflection) || SectionText.IsFilled(s.Sections.Notes),
        FollowUps = s.FollowUps,
        Version = s.Version,
    };

    private sealed class CoveredRow
    {
        public int Id { get; init; }

        public string Title { get; init; } = "";

        public string? Question { get; init; }

        public int Filled { get; init; }

        public bool OtherText { get; init; }

        public List<FollowUp> FollowUps { get; init; } = [];

        public int Version { get; init; }

        public CoveredStory ToCoveredStory() =>
            new(Id, Title.Length > 0 ? Title : Question ?? "(untitled story)", Filled, Filled > 0 || OtherText || SectionText.HasWriting(FollowUps), Version);
    }
}
