using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace StoryBank.Core.Data;

/// <summary>
/// Inserts the entities a context is about to add through one prepared INSERT per table, reused for every row, inside
/// the context's transaction; they are then tracked as saved, with their new ids. EF Core's SQLite provider sends one
/// new command per row (it does not batch), which made a large import spend nearly all of its time there. The columns
/// and their conversions are read from the EF model (<see cref="BulkTable"/>), so there is no second list of columns to
/// keep in step.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Inserts every added entity of <paramref name="types"/> (and of the join tables of their many-to-many
    /// navigations), principals before dependents; whatever else the context tracks is left to SaveChanges.
    /// </summary>
    public static async Task SaveAddedAsync(DbContext db, IReadOnlyCollection<Type> types, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction, so that it is all or nothing with the rest.");
        db.ChangeTracker.DetectChanges();
        var entityTypes = types.Select(t => db.Model.FindEntityType(t) ?? throw new ArgumentException($"{t.Name} is not in the model.", nameof(types))).ToList();
        entityTypes.AddRange(entityTypes.SelectMany(t => t.GetSkipNavigations()).Select(s => s.JoinEntityType).Distinct().ToList());

        var added = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && entityTypes.Contains(e.Metadata))
            .GroupBy(e => e.Metadata)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var entityType in PrincipalsFirst(added.Keys))
        {
            var table = BulkTable.For(entityType);
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = table.InsertSql;
            foreach (var entry in added[entityType])
            {
                table.Bind(command, entry);
                object? generated;
                try
                {
                    generated = await command.ExecuteScalarAsync(cancellationToken);
                }
                catch (DbException exception)
                {
                    // The same exception SaveChanges throws, so callers and DatabaseProblem see no difference.
                    throw new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.", exception, [entry]);
                }

                if (table.GeneratedKey is { } key)
                {
                    // Setting the real key also sets it on the dependents still waiting to be inserted (the join rows).
                    entry.Property(key).CurrentValue = Convert.ChangeType(generated, key.ClrType, CultureInfo.InvariantCulture);
                }
            }
        }

        foreach (var entry in added.Values.SelectMany(entries => entries))
        {
            entry.State = EntityState.Unchanged;
        }
    }

    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> entityTypes)
    {
        var pending = entityTypes.ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || !pending.Contains(fk.PrincipalEntityType)))
                ?? throw new NotSupportedException("The tables to insert refer to each other in a cycle.");
            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }
}
