using System.Text.Json;
using System.Text.Json.Serialization;

namespace StoryBank.Core.Import;

/// <summary>
/// Roles for the blocks of one notes file, in the format <c>storybank import FILE --roles roles.json</c> reads and
/// <c>--dry-run --json</c> prints (its <c>roles</c> key). Read as the person's corrections: one role for every heading or
/// list item of a level (<c>"h2": "group"</c> makes every level-2 heading a category; <c>"list1": "question"</c> every
/// top-level list item a question), and one role for a single block, by its first line. A block's own role beats its
/// level's. Printed, it holds what inference decided: every heading and list item, and each level whose blocks all
/// have one role, so that the printed file read back changes nothing.
/// </summary>
public sealed record RoleChoices
{
    public static readonly RoleChoices None = new();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>By level key: <c>h1</c>…<c>h6</c> for headings, <c>list1</c>, <c>list2</c>… for list items by depth.</summary>
    public IReadOnlyDictionary<string, BlockRole> Levels { get; init; } = new Dictionary<string, BlockRole>();

    /// <summary>Roles of single blocks, each by its first line (1-based).</summary>
    public IReadOnlyList<BlockChoice> Blocks { get; init; } = [];

    /// <summary>The options the roles file is read and written with (camelCase names, roles as words).</summary>
    public static JsonSerializerOptions JsonOptions => Json;

    /// <summary>Reads a roles file.</summary>
    /// <exception cref="JsonException">The text is not a roles file (an unknown role, a line that is not a number).</exception>
    public static RoleChoices FromJson(string json) => JsonSerializer.Deserialize<RoleChoices>(json, Json) ?? None;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The roles file as a JSON value, for a file that holds it among other things (the backup).</summary>
    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, Json);

    /// <summary>The level key of a block: <c>h2</c> for a level-2 heading, <c>list1</c> for a top-level item; null for others.</summary>
    internal static string? LevelKey(OutlineNode node) => node.Kind switch
    {
        NoteBlockKind.Heading => "h" + node.Level,
        NoteBlockKind.Bullet => "list" + node.Depth,
        _ => null,
    };

    /// <summary>The role chosen for <paramref name="node"/>, or null when the person chose none.</summary>
    internal BlockRole? For(OutlineNode node, IReadOnlyDictionary<int, BlockRole> byLine)
    {
        if (node.Block is null)
        {
            return null;
        }

        if (byLine.TryGetValue(node.Line, out var role))
        {
            return role;
        }

        return Levels.Count > 0 && LevelKey(node) is { } key && Levels.TryGetValue(key, out var levelRole) ? levelRole : null;
    }
}
