namespace StoryBank.Core.Import;

/// <summary>The notes as a tree of blocks (<see cref="OutlineReader"/>), with every node also listed in document order.</summary>
internal sealed class NoteOutline
{
    public required OutlineNode Root { get; init; }

    /// <summary>Every node but the root in document order; <see cref="OutlineNode.Index"/> is the position here.</summary>
    public required IReadOnlyList<OutlineNode> Nodes { get; init; }
}
