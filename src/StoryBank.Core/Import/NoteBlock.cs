using System.Text;

namespace StoryBank.Core.Import;

/// <summary>What kind of thing a <see cref="NoteBlock"/> is.</summary>
internal enum NoteBlockKind
{
    Heading,
    Paragraph,

    /// <summary>A list item's own text (its first paragraph, lazy continuation lines included).</summary>
    Bullet,

    /// <summary>A list item with no text at all.</summary>
    EmptyBullet,

    /// <summary>Code, HTML, quotes and tables that are not STAR tables: kept as written.</summary>
    Verbatim,

    /// <summary>A two-column table whose rows may be STAR labels.</summary>
    Table,
    FrontMatter,

    /// <summary>The text of an HTML <c>&lt;summary&gt;</c>: it names what its <c>&lt;details&gt;</c> holds, as a heading does.</summary>
    Summary,

    /// <summary>HTML tags that only fold text (<c>&lt;details&gt;</c>): structure, no words of the person's.</summary>
    Markup,

    /// <summary>The title of an Obsidian callout (<c>&gt; [!info] Situation</c>): it names what the callout holds.</summary>
    CalloutTitle,
}

/// <summary>One line of the notes as written, with its 1-based line number and where it starts in the text.</summary>
internal readonly record struct NoteLine(int Number, int Offset, string Text);

/// <summary>
/// One block of the notes, flattened out of Markdig's tree in document order so the importer can walk it without
/// recursion (a list nested thousands deep must not overflow the stack).
/// </summary>
internal sealed class NoteBlock
{
    private string? _text;
    private string? _spacedText;

    public required NoteBlockKind Kind { get; init; }

    /// <summary>The block's lines, markers such as <c>#</c> or <c>- </c> removed from the first.</summary>
    /// <remarks>An array, so the walk can hand on "every line after the first" as a span instead of copying them.</remarks>
    public required NoteLine[] Lines { get; init; }

    /// <summary>Heading level (1–6); 0 for other blocks.</summary>
    public int Level { get; init; }

    /// <summary>How many lists enclose the block: 0 at the top level, 1 inside a list item, and so on.</summary>
    public int Depth { get; init; }

    /// <summary>Source ranges (absolute offsets) of code spans and links: sentences are not split inside them.</summary>
    public IReadOnlyList<(int Start, int End)> ProtectedRanges { get; init; } = [];

    /// <summary>1-based lines where a <c>**</c> or <c>__</c> was left unmatched.</summary>
    public IReadOnlyList<int> UnbalancedEmphasisLines { get; init; } = [];

    /// <summary>For a table: its rows as cells.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    public int FirstLine => Lines.Length > 0 ? Lines[0].Number : 0;

    public int LastLine => Lines.Length > 0 ? Lines[^1].Number : 0;

    /// <summary>The block's lines joined; computed once, as several rules read it.</summary>
    public string Text => _text ??= Join(Lines);

    /// <summary>
    /// The block's lines joined by a space and trimmed: a heading's text as the role rules read it. Computed once, as the
    /// level profile, the grids, the role walk, probe siblings and assembly each read it for every heading.
    /// </summary>
    public string SpacedText => _spacedText ??= string.Join(" ", Lines.Select(l => l.Text)).Trim();

    /// <summary>The texts of <paramref name="lines"/>, one per line.</summary>
    public static string Join(ReadOnlySpan<NoteLine> lines)
    {
        // Most blocks are one line: its text is the answer, no copy needed.
        if (lines.Length == 1)
        {
            return lines[0].Text;
        }

        var length = Math.Max(0, lines.Length - 1);
        foreach (var line in lines)
        {
            length += line.Text.Length;
        }

        var builder = new StringBuilder(length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(lines[i].Text);
        }

        return builder.ToString();
    }
}
