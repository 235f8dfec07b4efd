using System.Text.Encodings.Web;
using System.Text.Json;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>The import JSON contract (README, "Import JSON"): <c>{"stories": […], "warnings": […]}</c>.</summary>
public static class ImportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // The person's own words, readable as written: accents, quotes and arrows are not escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = StarSectionsJson.Resolver,
    };

    public static string Serialize(NotesImport import) =>
        JsonSerializer.Serialize(new { stories = import.Stories, warnings = import.Warnings }, Options);

    /// <summary>The contract with a <c>roles</c> key added: the role of each block, in the format <c>--roles</c> reads.</summary>
    public static string SerializeWithRoles(NotesImport import) =>
        JsonSerializer.Serialize(
            new { stories = import.Stories, warnings = import.Warnings, roles = JsonSerializer.SerializeToElement(import.Roles, RoleChoices.JsonOptions) },
            Options);
}
