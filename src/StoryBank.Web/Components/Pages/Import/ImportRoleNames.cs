using StoryBank.Core.Import;

namespace StoryBank.Web.Components.Pages.Import;

/// <summary>The roles a person can choose on the Import page, in words, and the level keys of the roles file in words.</summary>
internal static class ImportRoleNames
{
    /// <summary>
    /// The roles offered for any block, in the order the menus list them. <see cref="BlockRole.Meta"/> is offered for headings
    /// only (<see cref="For"/>): for a heading it leaves out the whole section, as in a roles file; for other blocks it
    /// reads as ignore, so offering it there would be the same choice twice.
    /// </summary>
    public static readonly BlockRole[] Offered =
    [
        BlockRole.Group, BlockRole.Question, BlockRole.StoryTitle, BlockRole.SectionLabel, BlockRole.FollowUp,
        BlockRole.Answer, BlockRole.Notes, BlockRole.Ignore,
    ];

    private static readonly BlockRole[] OfferedForHeadings = [.. Offered, BlockRole.Meta];

    /// <summary>The roles offered for a level key (<c>h2</c>, <c>list1</c>) or a block of that level.</summary>
    public static BlockRole[] For(string? level) => level is ['h', _] ? OfferedForHeadings : Offered;

    /// <summary>What a whole level is: "Level-2 headings are: categories".</summary>
    public static string Plural(BlockRole role) => role switch
    {
        BlockRole.Group => "categories",
        BlockRole.Question => "questions",
        BlockRole.StoryTitle => "story titles",
        BlockRole.SectionLabel => "STAR section labels",
        BlockRole.FollowUp => "follow-ups",
        BlockRole.Answer => "story text",
        BlockRole.Notes => "notes kept with the story",
        BlockRole.Meta => "left out with everything under them",
        _ => "left out (what is under them is read as usual)",
    };

    /// <summary>What one block is.</summary>
    public static string Singular(BlockRole role) => role switch
    {
        BlockRole.Group => "category",
        BlockRole.Question => "question",
        BlockRole.StoryTitle => "story title",
        BlockRole.SectionLabel => "section label",
        BlockRole.FollowUp => "follow-up",
        BlockRole.Answer => "story text",
        BlockRole.Notes => "notes kept with the story",
        BlockRole.Meta => "left out with everything under it",
        _ => "left out (what is under it is read as usual)",
    };

    /// <summary>"Level-2 headings", "Top-level list items", "Level-2 list items" for the keys <c>h2</c>, <c>list1</c>, <c>list2</c>.</summary>
    public static string Level(string key) => key switch
    {
        ['h', .. var level] => $"Level-{level} headings",
        "list1" => "Top-level list items",
        ['l', 'i', 's', 't', .. var depth] => $"Level-{depth} list items",
        _ => key,
    };

    /// <summary>Whether a level key names a heading or list level (the others are kinds: paragraph, table…).</summary>
    public static bool IsLevel(string? key) => key is not null && (key.StartsWith("list", StringComparison.Ordinal) || (key.Length == 2 && key[0] == 'h'));

    /// <summary>The value of a role in a menu; the empty value means "as read".</summary>
    public static BlockRole? Parse(object? value) => Enum.TryParse<BlockRole>(value as string, out var role) ? role : null;
}
