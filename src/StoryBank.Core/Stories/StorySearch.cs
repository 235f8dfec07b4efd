using System.Text.RegularExpressions;
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
            var stories = db.Stories.AsNoTracking().Where(s => category == null || (s.Category != null && s.Category.Slug == category));
            total = await stories.CountAsync(cancellationToken);
            var ordered = query.Sort switch
            {
                StorySort.Title => stories.OrderBy(s => s.Title == "").ThenBy(s => s.Title).ThenBy(s => s.Id),
                StorySort.Readiness => stories.OrderByDescending(s => (s.Situation != "" ? 1 : 0) + (s.Role != "" ? 1 : 0) + (s.Action != "" ? 1 : 0) + (s.Outcome != "" ? 1 : 0))
                    .ThenByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id),
                _ => stories.OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id),
            };
            hits = (await ordered.Skip(skip).Take(take).Select(s => s.Id).ToListAsync(cancellationToken)).Select(id => new Hit(id, null)).ToList();
        }
        else
        {
            var order = query.Sort switch
            {
                StorySort.Title => "s.Title = '', s.Title, s.Id",
                StorySort.LastChanged => "s.UpdatedAt DESC, s.Id DESC",
                StorySort.Readiness => "(s.Situation <> '') + (s.Role <> '') + (s.Action <> '') + (s.Outcome <> '') DESC, s.UpdatedAt DESC",
                _ => "bm25(StorySearch, 10.0, 5.0, 1.0), s.Id",
            };
            const string From = """
                FROM StorySearch JOIN Stories s ON s.Id = StorySearch.rowid LEFT JOIN Categories c ON c.Id = s.CategoryId
                WHERE StorySearch MATCH @match AND (@category IS NULL OR c.Slug = @category)
                """;
            var parameters = new object[]
            {
                new Microsoft.Data.Sqlite.SqliteParameter("@match", match),
                new Microsoft.Data.Sqlite.SqliteParameter("@category", (object?)category ?? DBNull.Value),
                new Microsoft.Data.Sqlite.SqliteParameter("@skip", skip),
                new Microsoft.Data.Sqlite.SqliteParameter("@take", take),
            };
            total = (await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value {From}", parameters[..2]).ToListAsync(cancellationToken)).Single();
#pragma warning disable EF1002 // The ORDER BY comes from the fixed list above, never from user input.
            hits = await db.Database.SqlQueryRaw<Hit>(
                    $"SELECT s.Id, snippet(StorySearch, -1, char(2), char(3), '…', 16) AS Highlight {From} ORDER BY {order} LIMIT @take OFFSET @skip",
                    parameters)
                .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        }

        var ids = hits.Select(h => h.Id).ToList();
        var rows = await db.Stories.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.Title,
                Questions = s.Questions.OrderBy(q => q.Id).Select(q => q.Text).ToList(),
                CategorySlug = s.Category == null ? null : s.Category.Slug,
                CategoryName = s.Category == null ? null : s.Category.Name,
                s.UpdatedAt,
                Filled = (s.Situation != "" ? 1 : 0) + (s.Role != "" ? 1 : 0) + (s.Action != "" ? 1 : 0) + (s.Outcome != "" ? 1 : 0),
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
