using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Sub-headings under a question read as one level: once a sub-heading there probes the story ("#### Did you escalate?"),
/// a later question at that level ("#### What would you do if he had said no?") probes it too, unless it asks for a
/// story of its own ("#### Describe a time you failed").
/// </summary>
internal static partial class ProbeSiblings
{
    public static bool ContinuesProbes(OutlineNode heading)
    {
        var text = RoleInference.HeadingText(heading);
        if (heading.Parent is not { } parent || !QuestionText.IsQuestionLike(text) || AsksForStory().IsMatch(PlainText.Of(text)))
        {
            return false;
        }

        foreach (var sibling in parent.Children)
        {
            if (sibling == heading)
            {
                return false;
            }

            if (sibling.Kind == NoteBlockKind.Heading && sibling.Level == heading.Level && QuestionText.IsProbe(RoleInference.HeadingText(sibling)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What asks for a story rather than about one: "Tell me about…", "Describe…", "Give me an example…".</summary>
    [GeneratedRegex(@"^\W*(?:(?:can|could)\s+you\s+)?(?:tell\s+(?:me|us)|describe|give\s+(?:me|us)|walk\s+(?:me|us)|talk\s+(?:me\s+)?(?:about|through)|share\s+(?:an?|a\s+time|an\s+example)|explain\s+a\s+time|recall\s+a\s+time|have\s+you\s+ever)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForStory();
}
