using System.Collections;
using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace StoryBank.Core.Data;

/// <summary>
/// One table's INSERT as the EF model maps it: every column of the entity's properties, of its complex properties
/// (the STAR sections) and of its JSON columns (the follow-ups), each value converted by the model's own type mapping.
/// A shape it cannot write the way EF Core would (inheritance, owned types, nested complex types) is refused rather than
/// written differently.
/// </summary>
internal sealed class BulkTable
{
    private readonly List<Column> _columns;

    private BulkTable(IEntityType entityType, List<Column> columns, IProperty? generatedKey)
    {
        _columns = columns;
        GeneratedKey = generatedKey;
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var values = string.Join(", ", columns.Select((_, i) => "@p" + i));
        InsertSql = $"INSERT INTO {Quote(entityType.GetTableName()!)} ({names}) VALUES ({values})"
            + (generatedKey is null ? ";" : $" RETURNING {Quote(generatedKey.GetColumnName())};");
    }

    /// <summary>The key the database generates (the row id), returned by the INSERT; null when the entity sets its own.</summary>
    public IProperty? GeneratedKey { get; }

    public string InsertSql { get; }

    /// <summary>The columns the INSERT writes, in its order.</summary>
    public IReadOnlyList<string> ColumnNames => _columns.Select(c => c.Name).ToList();

    public static BulkTable For(IEntityType entityType)
    {
        if (entityType.GetTableName() is null || entityType.BaseType is not null || entityType.GetDirectlyDerivedTypes().Any() || entityType.IsOwned()
            || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new NotSupportedException($"{entityType.DisplayName()} is not mapped to one table of its own; save it through SaveChanges.");
        }

        var key = entityType.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;
        var columns = entityType.GetProperties()
            .Where(p => p != key)
            .Select(p => new Column(p.GetColumnName(), p.GetRelationalTypeMapping(), entry => Value(entry.Property(p))))
            .ToList();
        foreach (var complex in entityType.GetComplexProperties())
        {
            columns.AddRange(ComplexColumns(complex));
        }

        return new BulkTable(entityType, columns, key);
    }

    /// <summary>Sets the command's parameters to the row of <paramref name="entry"/>; a key still temporary is refused.</summary>
    public void Bind(DbCommand command, EntityEntry entry)
    {
        command.Parameters.Clear();
        for (var i = 0; i < _columns.Count; i++)
        {
            var (_, mapping, value) = _columns[i];
            var current = value(entry);
            if (mapping is null)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i;
                parameter.Value = current ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            else
            {
                command.Parameters.Add(mapping.CreateParameter(command, "@p" + i, current));
            }
        }
    }

    private static object? Value(PropertyEntry property) => property.IsTemporary
        ? throw new InvalidOperationException($"{property.Metadata.DeclaringType.DisplayName()}.{property.Metadata.Name} still has a temporary value: its principal must be inserted first.")
        : property.CurrentValue;

    private static IEnumerable<Column> ComplexColumns(IComplexProperty complex)
    {
        var type = complex.ComplexType;
        if (type.GetComplexProperties().Any())
        {
            throw new NotSupportedException($"{complex.Name} nests complex types; save it through SaveChanges.");
        }

        if (type.IsMappedToJson())
        {
            if (!complex.IsCollection)
            {
                throw new NotSupportedException($"{complex.Name} is a single JSON object; save it through SaveChanges.");
            }

            return [new Column(type.GetContainerColumnName()!, null, entry => Json(type, complex.GetGetter().GetClrValueUsingContainingEntity(entry.Entity)))];
        }

        if (complex.IsCollection)
        {
            throw new NotSupportedException($"{complex.Name} is a collection outside JSON; save it through SaveChanges.");
        }

        return type.GetProperties().Select(p => new Column(
            p.GetColumnName(), p.GetRelationalTypeMapping(), entry => entry.ComplexProperty(complex).Property(p).CurrentValue));
    }

    /// <summary>A JSON column's array of objects, each property under its JSON name, as EF Core reads it back.</summary>
    private static string? Json(IComplexType type, object? collection)
    {
        if (collection is null)
        {
            return null;
        }

        var properties = type.GetProperties().ToList();
        if (properties.Any(p => p.GetTypeMapping().Converter is not null))
        {
            throw new NotSupportedException($"{type.DisplayName()} has a converted property inside JSON; save it through SaveChanges.");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var element in (IEnumerable)collection)
            {
                writer.WriteStartObject();
                foreach (var property in properties)
                {
                    writer.WritePropertyName(property.GetJsonPropertyName()!);
                    JsonSerializer.Serialize(writer, property.GetGetter().GetClrValue(element), property.ClrType);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(string Name, RelationalTypeMapping? Mapping, Func<EntityEntry, object?> Value);
}
