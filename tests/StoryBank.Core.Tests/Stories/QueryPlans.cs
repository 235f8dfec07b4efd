using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StoryBank.Core.Data;

namespace StoryBank.Core.Tests.Stories;

/// <summary>
/// Contexts that remember every query they run, and SQLite's plan for each: a plan that builds a temporary index or
/// materializes a subquery reads every row of a table, whatever the page asked for.
/// </summary>
internal sealed class QueryPlans(string connectionString) : DbCommandInterceptor, IDbContextFactory<StoryBankDbContext>
{
    private readonly List<(string Text, SqliteParameter[] Parameters)> _commands = [];

    public StoryBankDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<StoryBankDbContext>().UseSqlite(connectionString).AddInterceptors(this).Options);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Add((command.CommandText, command.Parameters.Cast<SqliteParameter>().Select(p => new SqliteParameter(p.ParameterName, p.Value)).ToArray()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>Each step of each recorded query's plan, as SQLite describes it ("SEARCH s USING INTEGER PRIMARY KEY (rowid=?)").</summary>
    public async Task<IReadOnlyList<string>> StepsAsync()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var steps = new List<string>();
        foreach (var (text, parameters) in _commands)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + text;
            explain.Parameters.AddRange(parameters);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }
        }

        return steps;
    }
}
