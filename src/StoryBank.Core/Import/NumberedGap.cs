using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// "3. " with nothing after the number, then answer items below it: the person numbered an answer and left its question
/// out (or kept it elsewhere). The number opens a story of its own, titled from its answer, rather than the text joining
/// the story before it.
/// </summary>
internal static partial class NumberedGap
{
    /// <summary>Whether <paramref name="node"/> is an empty numbered item followed by text (not by another empty item or a heading).</summary>
    public static bool Opens(OutlineNode node, NoteOutline outline)
    {
        if (node.Kind != NoteBlockKind.EmptyBullet || !Number().IsMatch(node.FirstText))
        {
            return false;
        }

        var next = node.Index + 1 < outline.Nodes.Count ? outline.Nodes[node.Index + 1] : null;
        return next is { Kind: NoteBlockKind.Bullet or NoteBlockKind.Paragraph };
    }

    [GeneratedRegex(@"^\s*\d{1,3}[.)]\s*$")]
    private static partial Regex Number();
}
