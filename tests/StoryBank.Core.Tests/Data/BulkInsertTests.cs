using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Data;

public sealed class BulkInsertTests
{
    [Fact]
    public async Task The_bulk_insert_writes_every_column_of_the_stories_questions_and_their_links()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        var story = db.Model.FindEntityType(typeof(Story))!;
        var links = story.GetSkipNavigations().Single(s => s.TargetEntityType.ClrType == typeof(Question)).JoinEntityType;

        foreach (var entityType in new[] { story, db.Model.FindEntityType(typeof(Question))!, links })
        {
            var table = BulkTable.For(entityType);
            var written = table.ColumnNames.Concat(table.GeneratedKey is { } key ? [key.GetColumnName()] : []).Order(StringComparer.Ordinal);

            Assert.Equal(await ColumnsAsync(database, entityType.GetTableName()!), written);
        }
    }

    [Fact]
    public async Task A_story_inserted_in_bulk_is_stored_exactly_as_SaveChanges_stores_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contexts = database.Get<IDbContextFactory<StoryBankDbContext>>();
        int savedId, bulkId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var saved = Story("How do you handle a conflict?");
            db.Stories.Add(saved);
            await db.SaveChangesAsync();
            savedId = saved.Id;
        }

        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var bulk = Story("Tell me about a \"hard\" deadline");
            db.Stories.Add(bulk);
            await BulkInsert.SaveAddedAsync(db, [typeof(Question), typeof(Story)], CancellationToken.None);

            // Nothing is left for SaveChanges to write.
            Assert.Equal(0, await db.SaveChangesAsync());
            await transaction.CommitAsync();
            bulkId = bulk.Id;
        }

        Assert.NotEqual(savedId, bulkId);
        var savedRow = await RowAsync(database, $"SELECT * FROM Stories WHERE Id = {savedId}");
        var bulkRow = await RowAsync(database, $"SELECT * FROM Stories WHERE Id = {bulkId}");
        Assert.Equal(savedRow.Remove("Id"), bulkRow.Remove("Id"));

        var questionOf = "SELECT q.* FROM Questions q JOIN StoryQuestions sq ON sq.QuestionsId = q.Id WHERE sq.StoriesId = {0}";
        var savedQuestion = await RowAsync(database, string.Format(null, questionOf, savedId));
        var bulkQuestion = await RowAsync(database, string.Format(null, questionOf, bulkId));
        Assert.Equal("Tell me about a \"hard\" deadline", bulkQuestion["Text"]);
        Assert.Equal(savedQuestion.Remove("Id").Remove("Text"), bulkQuestion.Remove("Id").Remove("Text"));

        await using var read = await contexts.CreateDbContextAsync();
        var readBack = await read.Stories.Include(s => s.Questions).SingleAsync(s => s.Id == bulkId);
        Assert.Equal(Story("").FollowUps, readBack.FollowUps);
        Assert.Equal(["ran it twice", "«quoted»"], readBack.Questions.Single().Variants);
    }

    private static Story Story(string question) => new()
    {
        Title = "Billing rewrite — \"café\" <b>",
        Sections = new StarSections { Situation = "Légacy\nbilling", Role = "Lead", Action = "Ran it\r\ntwice", Outcome = "40% less", Notes = "😀" },
        Metrics = ["40% less", "3 × faster"],
        FollowUps = [new FollowUp { Question = "Why \"now\"?", Answer = "Because <é>\\" }, new FollowUp { Question = "What else?" }],
        CategoryId = 2,
        SourceFile = "notes.md",
        SourceLine = 3,
        SourceEndLine = 9,
        ImportKey = "notes.md\nkey",
        ImportHash = "ABC",
        ImportedVersion = 1,
        CreatedAt = new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 1, 3, 3, 4, 5, DateTimeKind.Utc),
        Version = 1,
        Questions = [new Question { Text = question, Variants = ["ran it twice", "«quoted»"], CategoryId = 3 }],
    };

    private static async Task<List<string>> ColumnsAsync(TestDatabase database, string table)
    {
        var row = await RowAsync(database, $"SELECT * FROM \"{table}\" LIMIT 0", allowEmpty: true);
        return [.. row.Keys.Order(StringComparer.Ordinal)];
    }

    private static async Task<ImmutableSortedDictionary<string, object?>> RowAsync(TestDatabase database, string sql, bool allowEmpty = false)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var found = await reader.ReadAsync();
        Assert.True(found || allowEmpty, sql);
        return Enumerable.Range(0, reader.FieldCount).ToImmutableSortedDictionary(
            reader.GetName, i => found && !reader.IsDBNull(i) ? reader.GetValue(i) : null, StringComparer.Ordinal);
    }
}
