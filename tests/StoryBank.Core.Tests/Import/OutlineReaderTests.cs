using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class OutlineReaderTests
{
    [Fact]
    public void Headings_nest_by_level_and_list_items_nest_under_their_parent_item()
    {
        var outline = Read("# Prep\n## Conflict\n### Tell me about a conflict\n- Situation: a\n  - nested\n- Result: b\n## Failure\ntext\n");

        var prep = Assert.Single(outline.Root.Children);
        Assert.Equal(["Conflict", "Failure"], prep.Children.Select(c => c.FirstText));
        var question = Assert.Single(prep.Children[0].Children);
        Assert.Equal(["Situation: a", "Result: b"], question.Children.Select(c => c.FirstText));
        Assert.Equal("nested", Assert.Single(question.Children[0].Children).FirstText);
        Assert.Equal("text", Assert.Single(prep.Children[1].Children).FirstText);
    }

    [Fact]
    public void A_paragraph_inside_a_list_item_nests_under_that_item_and_nodes_keep_document_order()
    {
        var outline = Read("## Q?\n- item\n\n  more of the item\n\nafter the list\n");

        var question = Assert.Single(outline.Root.Children);
        Assert.Equal(["item", "after the list"], question.Children.Select(c => c.FirstText));
        Assert.Equal("more of the item", Assert.Single(question.Children[0].Children).FirstText);
        Assert.Equal(Enumerable.Range(0, outline.Nodes.Count), outline.Nodes.Select(n => n.Index));
        Assert.Equal([1, 2, 4, 6], outline.Nodes.Select(n => n.Line));
    }

    private static NoteOutline Read(string text) => OutlineReader.Read(NoteBlockReader.Read(text));
}
