using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;

namespace StoryBank.Core.Stories;

/// <summary>
/// Bulk writes to the full-text index. Triggers keep <c>StorySearch</c> in step with single edits; a bulk write pauses
/// them and indexes each story it touched once (see the SearchIndexPause migration for why).
/// </summary>
internal static class StorySearchIndex
{
    // The same text the triggers index: title, question texts, then every other text of the story.
    private const string Questions =
        "(SELECT group_concat(q.Text, ' ') FROM StoryQuestions sq JOIN Questions q ON q.Id = sq.QuestionsId WHERE sq.StoriesId = s.Id)";

    // The sections in STAR order, each in the column named after it (see StoryConfiguration).
    private static readonly string Body =
        string.Concat(StarSections.All.Select(section => $"s.{section} || ' ' || "))
        + "coalesce((SELECT group_concat(value, ' ') FROM json_each(s.Metrics)), '') || ' ' || "
        + "coalesce((SELECT group_concat(json_extract(value, '$.Question') || ' ' || json_extract(value, '$.Answer'), ' ') FROM json_each(s.FollowUps)), '')";

    private static readonly string Reindex =
        "INSERT INTO StorySearch(rowid, title, questions, body) SELECT s.Id, s.Title, " + Questions + ", " + Body
        + " FROM Stories s WHERE s.Id IN (SELECT value FROM json_each({0}));";

    /// <summary>Pauses the search triggers until <see cref="ResumeAsync"/>. Call inside the transaction of the bulk write.</summary>
    public static Task PauseAsync(StoryBankDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("INSERT OR IGNORE INTO SearchIndexPause (Id) VALUES (1);", cancellationToken);

    /// <summary>Empties the index, for a bulk write that replaces every story. Call while paused.</summary>
    public static Task ClearAsync(StoryBankDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("DELETE FROM StorySearch;", cancellationToken);

    /// <summary>Indexes <paramref name="storyIds"/> afresh and turns the triggers back on, in the same transaction.</summary>
    public static async Task ResumeAsync(StoryBankDbContext db, IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        // One JSON parameter rather than one per id: SQLite limits how many a statement may have.
        var ids = JsonSerializer.Serialize(storyIds);
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM StorySearch WHERE rowid IN (SELECT value FROM json_each({0}));", [ids], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Reindex, [ids], cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchIndexPause;", cancellationToken);
    }
}
