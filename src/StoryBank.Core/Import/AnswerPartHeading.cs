using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// A sub-heading under a question that only repeats the question's own words ("## Short-term goals" under "# What are
/// your short-term and long-term goals?"): it names a part of the one answer, not a question of its own.
/// </summary>
internal static partial class AnswerPartHeading
{
    /// <summary>Whether every word of <paramref name="heading"/> (two at least) is a word of <paramref name="question"/>.</summary>
    public static bool Is(string heading, string question)
    {
        var words = Words(heading);
        if (words.Count < 2)
        {
            return false;
        }

        var asked = Words(question);
        return words.All(asked.Contains);
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(PlainText.Of(text)).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    // Hyphens split words: "short-term" and "long-term" share "term" as the question wrote them.
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
