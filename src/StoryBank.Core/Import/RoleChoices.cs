namespace StoryBank.Core.Import;

/// <summary>
/// The person's corrections of inferred roles: one role for every heading or list item of a level
/// (<c>"h2": Group</c> makes every level-2 heading a category; <c>"list1": Question</c> every top-level list item a
/// question), and one role for a single block, by its first line. A block's own choice beats its level's.
/// </summary>
public sealed record RoleChoices
{
    public static readonly RoleChoices None = new();

    /// <summary>By level key: <c>h1</c>…<c>h6</c> for headings, <c>list1</c>, <c>list2</c>… for list items by depth.</summary>
    public IReadOnlyDictionary<string, BlockRole> Levels { get; init; } = new Dictionary<string, BlockRole>();

    /// <summary>By the block's first line (1-based).</summary>
    public IReadOnlyDictionary<int, BlockRole> Blocks { get; init; } = new Dictionary<int, BlockRole>();

    public bool IsEmpty => Levels.Count == 0 && Blocks.Count == 0;

    /// <summary>The level key of a block: <c>h2</c> for a level-2 heading, <c>list1</c> for a top-level item; null for others.</summary>
    internal static string? LevelKey(NoteBlockKind kind, int level, int depth) => kind switch
    {
        NoteBlockKind.Heading => "h" + level,
        NoteBlockKind.Bullet => "list" + depth,
        _ => null,
    };

    internal BlockRole? For(OutlineNode node)
    {
        if (IsEmpty || node.Block is null)
        {
            return null;
        }

        if (Blocks.TryGetValue(node.Line, out var role))
        {
            return role;
        }

        return LevelKey(node.Kind, node.Level, node.Depth) is { } key && Levels.TryGetValue(key, out var levelRole) ? levelRole : null;
    }
}
