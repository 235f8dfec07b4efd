using Microsoft.EntityFrameworkCore;

namespace StoryBank.Core.Data;

/// <summary>
/// Brings a database up to date at start-up: an integrity check, migrations (never EnsureCreated), then WAL
/// journaling. A damaged, read-only, locked or full database is refused with a <see cref="DatabaseProblemException"/>
/// before anything is written to it.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<StoryBankDbContext> contextFactory)
{
    /// <returns>The database file in use (or <c>:memory:</c>), for the start-up log.</returns>
    /// <exception cref="DatabaseProblemException">The file is damaged, read-only, locked, on a full disk or unreadable.</exception>
    public async Task<string> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var file = db.Database.GetDbConnection().DataSource;
        try
        {
            // A database damaged in the middle still answers most queries; writing to it spreads the damage, and an
            // import would even report "unchanged". quick_check reads every page once, without the slow index check.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA quick_check(1);";
            if (await command.ExecuteScalarAsync(cancellationToken) is not "ok")
            {
                throw new DatabaseProblemException(DatabaseProblem.Describe(DatabaseProblemKind.Corrupt, file));
            }

            await db.Database.MigrateAsync(cancellationToken);

            // WAL lets the web app read while the command line writes. It is stored in the file, so setting it once
            // per start is enough; an in-memory database simply answers "memory".
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        catch (Exception exception) when (exception is not DatabaseProblemException && DatabaseProblem.From(exception, file) is { } problem)
        {
            throw new DatabaseProblemException(problem, exception);
        }

        return file;
    }
}
