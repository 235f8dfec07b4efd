namespace StoryBank.Core.Import;

/// <summary>
/// One block of the outline: a heading holds the blocks up to the next heading of its level or above, a list item holds
/// its nested items and paragraphs. <see cref="Index"/> is the node's place in document order.
/// </summary>
internal sealed class OutlineNode
{
    private List<OutlineNode>? _children;

    /// <summary>The block as read; null only for the document root.</summary>
    public NoteBlock? Block { get; init; }

    public OutlineNode? Parent { get; init; }

    public int Index { get; init; } = -1;

    public IReadOnlyList<OutlineNode> Children => _children ?? (IReadOnlyList<OutlineNode>)[];

    public NoteBlockKind Kind => Block?.Kind ?? NoteBlockKind.Heading;

    /// <summary>Heading level (1–6); 0 for the root and every other block.</summary>
    public int Level => Block?.Level ?? 0;

    /// <summary>List depth: 0 outside lists, 1 for a top-level item and the paragraphs inside it.</summary>
    public int Depth => Block?.Depth ?? 0;

    public int Line => Block?.FirstLine ?? 0;

    /// <summary>The first line's text (markers removed): what the role rules read.</summary>
    public string FirstText => Block is { Lines.Length: > 0 } block ? block.Lines[0].Text : "";

    public void Add(OutlineNode child) => (_children ??= []).Add(child);
}
