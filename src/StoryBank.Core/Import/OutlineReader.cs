namespace StoryBank.Core.Import;

/// <summary>
/// Stage one of the import: nests the blocks Markdig read (<see cref="NoteBlockReader"/>) into an outline. Headings nest
/// by level; a list item nests under the item one list level up; a paragraph, table or quote inside an item nests under
/// that item. No decision about meaning is taken here.
/// </summary>
internal static class OutlineReader
{
    public static NoteOutline Read(IEnumerable<NoteBlock> blocks)
    {
        var root = new OutlineNode();
        var nodes = new List<OutlineNode>();

        // The open headings, innermost last, and the open list items under the innermost heading, innermost last.
        var headings = new List<OutlineNode> { root };
        var items = new List<OutlineNode>();
        foreach (var block in blocks)
        {
            OutlineNode parent;
            if (block.Kind == NoteBlockKind.Heading)
            {
                while (headings.Count > 1 && headings[^1].Level >= block.Level)
                {
                    headings.RemoveAt(headings.Count - 1);
                }

                items.Clear();
                parent = headings[^1];
            }
            else
            {
                // An item at depth d sits under the open item at depth d - 1; any other block at depth d under the item at d.
                var ownerDepth = block.Kind is NoteBlockKind.Bullet or NoteBlockKind.EmptyBullet ? block.Depth - 1 : block.Depth;
                while (items.Count > 0 && items[^1].Depth > ownerDepth)
                {
                    items.RemoveAt(items.Count - 1);
                }

                parent = items.Count > 0 && items[^1].Depth == ownerDepth ? items[^1] : headings[^1];
            }

            var node = new OutlineNode { Block = block, Parent = parent, Index = nodes.Count };
            parent.Add(node);
            nodes.Add(node);
            if (block.Kind == NoteBlockKind.Heading)
            {
                headings.Add(node);
            }
            else if (block.Kind is NoteBlockKind.Bullet or NoteBlockKind.EmptyBullet)
            {
                items.Add(node);
            }
        }

        return new NoteOutline { Root = root, Nodes = nodes };
    }
}
