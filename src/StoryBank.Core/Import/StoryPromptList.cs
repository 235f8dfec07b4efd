using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// A list under a question heading that is a list of further questions, not probes of that one: at least two of its
/// items ask for a story of their own ("Tell me about a time…", "Describe a situation…"), and most of them ask. A probe
/// follows up the story at hand; nobody follows up a story by asking for another one.
/// </summary>
internal static partial class StoryPromptList
{
    /// <summary>Whether the run of sibling items <paramref name="item"/> belongs to is such a list.</summary>
    public static bool Holds(OutlineNode item)
    {
        if (item.Kind != NoteBlockKind.Bullet || item.Parent is not { } parent)
        {
            return false;
        }

        // The run: the items next to this one with no other block between them.
        var siblings = parent.Children;
        var at = IndexOf(siblings, item);
        var start = at;
        while (start > 0 && siblings[start - 1].Kind == NoteBlockKind.Bullet)
        {
            start--;
        }

        int items = 0, questions = 0, stories = 0;
        for (var i = start; i < siblings.Count && siblings[i].Kind == NoteBlockKind.Bullet; i++)
        {
            var text = siblings[i].FirstText;
            items++;
            if (!QuestionText.IsTaskItem(text) && StarLabels.Match(text) is null && QuestionText.IsQuestionLike(text))
            {
                questions++;
                stories += AsksForAStory(text) ? 1 : 0;
            }
        }

        return stories >= 2 && questions * 2 > items;
    }

    /// <summary>"Tell me about a time…", "Describe a situation…", "Give me an example…".</summary>
    public static bool AsksForAStory(string text) => StoryPrompt().IsMatch(PlainText.Of(text));

    private static int IndexOf(IReadOnlyList<OutlineNode> nodes, OutlineNode node)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] == node)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^\W*(?:tell\s+(?:me|us)\s+about\s+(?:a|an|one)\s+(?:time|situation|project|problem|mistake|occasion)|describe\s+(?:a|an)\s+(?:time|situation|occasion)|give\s+(?:me|us)\s+an?\s+example|share\s+an?\s+(?:time|example))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StoryPrompt();
}
