using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task A_new_database_has_the_schema_and_the_taxonomy()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();

        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync();
        Assert.Superset(new HashSet<string> { "Categories", "Questions", "Stories", "StoryQuestions", "__EFMigrationsHistory" }, tables.ToHashSet());

        var categories = await db.Categories.OrderBy(c => c.SortOrder).ToListAsync();
        Assert.Equal(Taxonomy.BuiltIn.Categories.Select(c => c.Slug), categories.Select(c => c.Slug));
        Assert.Equal(16, categories.Count);
        Assert.All(categories, c => Assert.NotEmpty(c.Cues));
        Assert.Equal("Conflict with peers", categories.Single(c => c.Slug == "conflict").Name);

        var canonical = await db.Questions.Where(q => q.IsCanonical).Include(q => q.Category).ToListAsync();
        Assert.Equal(Taxonomy.BuiltIn.Categories.Sum(c => c.Questions.Count), canonical.Count);
        Assert.Contains(canonical, q => q.Text == "Tell me about a conflict with a coworker." && q.Category!.Slug == "conflict");
    }

    [Fact]
    public async Task The_model_matches_the_migrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }

    [Fact]
    public async Task The_database_uses_write_ahead_logging()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Initializing_twice_keeps_the_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Kept" });

        await database.Get<DatabaseInitializer>().InitializeAsync();

        Assert.Single(await database.Get<StoryService>().ListAsync());
        Assert.Equal(16, (await database.Get<CategoryService>().ListAsync()).Count);
    }
}
