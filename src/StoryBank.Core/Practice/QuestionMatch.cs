using System.Text;

namespace StoryBank.Core.Practice;

/// <summary>
/// Whether two question texts ask the same thing, so a built-in question finds the story the person filed under their
/// own wording: the same words once case, punctuation and white space are set aside; or, within one category, close
/// wording (the content words overlap by at least <see cref="CloseEnough"/>, Dice coefficient).
/// </summary>
public static class QuestionMatch
{
    public const double CloseEnough = 0.75;

    // Words every prompt shares ("tell me about a time you…"); without them the overlap measures what is asked.
    private static readonly HashSet<string> PromptWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "about", "from", "by", "as", "that",
        "me", "i", "you", "your", "we", "us", "it", "its", "this", "there", "was", "were", "is", "are", "be", "been",
        "had", "have", "has", "did", "do", "does", "when", "how", "what", "which", "who", "why", "where",
        "tell", "describe", "give", "share", "walk", "through", "example", "time", "times", "situation", "some", "one",
    };

    /// <summary>Lower case, letters and digits only, single spaces: "Tell me… a coworker." → "tell me a coworker".</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the two questions ask the same thing (see the type's summary).</summary>
    public static bool Matches(string asked, int? askedCategoryId, string other, int? otherCategoryId)
    {
        var a = Normalize(asked);
        var b = Normalize(other);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a == b || (askedCategoryId is not null && askedCategoryId == otherCategoryId && Similarity(a, b) >= CloseEnough);
    }

    private static double Similarity(string a, string b)
    {
        var left = ContentWords(a);
        var right = ContentWords(b);
        return left.Count == 0 || right.Count == 0 ? 0 : 2.0 * left.Intersect(right).Count() / (left.Count + right.Count);
    }

    private static HashSet<string> ContentWords(string normalized) =>
        normalized.Split(' ').Where(w => !PromptWords.Contains(w)).Select(Stem).ToHashSet(StringComparer.Ordinal);

    // "coworkers" and "coworker", "disagreed" and "disagree" are the same question.
    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word.Length > 5 && word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2]
        : word;
}
