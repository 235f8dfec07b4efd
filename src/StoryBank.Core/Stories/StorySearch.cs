using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;

namespace StoryBank.Core.Stories;

/// <summary>
/// The stories list: filtered, sorted and paged in SQL, searched through the FTS5 table <c>StorySearch</c>
/// (bm25 ranking with title and questions weighted above the body, prefix matching), so 10,000 stories never load at once.
/// </summary>
public sealed partial class StorySearch(IDbContextFactory<StoryBankDbContext> contextFactory)
{
    /// <summary>Marks where a match starts in <see cref="StoryListItem.Highlight"/>; never typed by a person.</summary>
    public const char MatchStart = '\u0002';

    /// <summary>Marks where a match ends.</summary>
    public const char MatchEnd = '\u0003';

    public async Task<StoryPage> FindAsync(StoryQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var match = ToMatchExpression(query.Search);
        var take = Math.Clamp(query.Take, 1, 500);
        var skip = Math.Max(0, query.Skip);
        var category = string.IsNullOrEmpty(query.CategorySlug) ? null : query.CategorySlug;

        List<Hit> hits;
        int total;
        if (match is null)
        {
            var uncategorized = category == StoryQuery.NoCategory;
            var stories = db.Stories.AsNoTracking().Where(s => category == null || (uncategorized ? s.CategoryId == null : s.Category != null && s.Category.Slug == category));
            total = await stories.CountAsync(cancellationToken);
            var ordered = query.Sort switch
            {
                StorySort.Title => stories
                    .Select(s => new { Story = s, Label = s.Title != "" ? s.Title : s.Questions.OrderBy(q => q.Id).Select(q => q.Text).FirstOrDefault() })
                    .OrderBy(s => s.Label == null)
                    .ThenBy(s => s.Label!.ToLower())
                    .ThenBy(s => s.Story.Id)
                    .Select(s => s.Story),
                StorySort.Readiness => stories.OrderByDescending(s => SectionText.CountFilled(s.Sections.Situation, s.Sections.Role, s.Sections.Action, s.Sections.Outcome))
                    .ThenByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id),
                _ => stories.OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id),
            };
            hits = (await ordered.Skip(skip).Take(take).Select(s => s.Id).ToListAsync(cancellationToken)).Select(id => new Hit(id, null)).ToList();
        }
        else
        {
            (hits, total) = await MatchAsync(db, match, category, query.Sort, skip, take, cancellationToken);
        }

        var ids = hits.Select(h => h.Id).ToList();
        // Split: in one query the questions are a LEFT JOIN on a joined subquery, which SQLite cannot flatten, so it
        // copied every story's questions and indexed them for each page (the slowest step of /stories with 10,000).
        var rows = await db.Stories.AsNoTracking()
            .AsSplitQuery()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.Title,
                Questions = s.Questions.OrderBy(q => q.Id).Select(q => q.Text).ToList(),
                CategorySlug = s.Category == null ? null : s.Category.Slug,
                CategoryName = s.Category == null ? null : s.Category.Name,
                s.UpdatedAt,
                Filled = SectionText.CountFilled(s.Sections.Situation, s.Sections.Role, s.Sections.Action, s.Sections.Outcome),
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);

        var items = hits
            .Where(h => rows.ContainsKey(h.Id))
            .Select(h =>
            {
                var r = rows[h.Id];
                return new StoryListItem(r.Id, r.Title, r.Questions, r.CategorySlug, r.CategoryName, r.UpdatedAt, r.Filled, h.Highlight);
            })
            .ToList();
        return new StoryPage(items, total);
    }

    /// <summary>
    /// The page of matches in three small queries: the count, the ids of one page in order, then passages for just
    /// those ids. Asking for passages in the ordering query would build one for every match before the page is cut.
    /// </summary>
    private static async Task<(List<Hit> Hits, int Total)> MatchAsync(
        StoryBankDbContext db, string match, string? category, StorySort sort, int skip, int take, CancellationToken cancellationToken)
    {
        // FTS5 orders by its own "rank" fastest; the weights put title and questions above the body.
        var (join, order) = sort switch
        {
            StorySort.Title => (true, $"{LabelSql} IS NULL, lower({LabelSql}), s.Id"),
            StorySort.LastChanged => (true, "s.UpdatedAt DESC, s.Id DESC"),
            StorySort.Readiness => (true, $"{SectionTextFunctions.CountFilledSql("s")} DESC, s.UpdatedAt DESC"),
            _ => (category is not null, "StorySearch.rank, StorySearch.rowid"),
        };
        join |= category is not null;
        var from = join
            ? "FROM StorySearch JOIN Stories s ON s.Id = StorySearch.rowid LEFT JOIN Categories c ON c.Id = s.CategoryId WHERE StorySearch MATCH @match AND StorySearch.rank MATCH 'bm25(10.0, 5.0, 1.0)' AND (@category IS NULL OR c.Slug = @category OR (@category = @none AND s.CategoryId IS NULL))"
            : "FROM StorySearch WHERE StorySearch MATCH @match AND StorySearch.rank MATCH 'bm25(10.0, 5.0, 1.0)'";

        SqliteParameter[] Parameters() =>
        [
            new("@match", match),
            new("@category", (object?)category ?? DBNull.Value),
            new("@none", StoryQuery.NoCategory),
            new("@skip", skip),
            new("@take", take),
        ];

#pragma warning disable EF1002 // FROM and ORDER BY come from the fixed lists above, never from user input.
        var total = (await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value {from}", Parameters()).ToListAsync(cancellationToken)).Single();
        var ids = await db.Database.SqlQueryRaw<int>($"SELECT StorySearch.rowid AS Value {from} ORDER BY {order} LIMIT @take OFFSET @skip", Parameters())
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        if (ids.Count == 0)
        {
            return ([], total);
        }

        var idList = string.Join(",", ids);
#pragma warning disable EF1002 // The id list is numbers read from the database above.
        var passages = await db.Database.SqlQueryRaw<Hit>(
                $"SELECT rowid AS Id, snippet(StorySearch, -1, char(2), char(3), '…', 16) AS Highlight FROM StorySearch WHERE StorySearch MATCH @match AND rowid IN ({idList})",
                Parameters())
            .ToDictionaryAsync(h => h.Id, cancellationToken);
#pragma warning restore EF1002
        return (ids.Select(id => passages.GetValueOrDefault(id) ?? new Hit(id, null)).ToList(), total);
    }

    /// <summary>The list's label in SQL, as <see cref="StoryListItem.Label"/>: the title, else the first question.</summary>
    private const string LabelSql =
        "coalesce(nullif(s.Title, ''), (SELECT q.Text FROM StoryQuestions sq JOIN Questions q ON q.Id = sq.QuestionsId WHERE sq.StoriesId = s.Id ORDER BY q.Id LIMIT 1))";

    /// <summary>
    /// Turns what a person typed into an FTS5 query: every word quoted (so no operator or syntax error can come from
    /// input) and matched as a prefix; all words must occur. Null when there is no word to look for.
    /// </summary>
    public static string? ToMatchExpression(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        var words = SearchWord().Matches(search).Select(m => $"\"{m.Value}\"*").ToList();
        return words.Count == 0 ? null : string.Join(" ", words);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex SearchWord();

    private sealed record Hit(int Id, string? Highlight);
}
