using Microsoft.EntityFrameworkCore;

namespace StoryBank.Core.Data;

/// <summary>Brings a database up to date at start-up: migrations (never EnsureCreated), then WAL journaling.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<StoryBankDbContext> contextFactory)
{
    /// <returns>The database file in use (or <c>:memory:</c>), for the start-up log.</returns>
    public async Task<string> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets the web app read while the command line writes. It is stored in the file, so setting it once
        // per start is enough; an in-memory database simply answers "memory".
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        return db.Database.GetDbConnection().DataSource;
    }
}
