using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// The four STAR words as hand-typed notes misspell them ("Situtation", "Taks", "Actoin", "Resutl"): one letter too
/// many, too few or wrong, or two letters swapped. A short word ("task") takes only a swap, as one changed letter makes
/// another word of it ("talk"); the first letter is never wrong, so "faction" is not "action".
/// </summary>
internal static class LabelTypos
{
    private static readonly (string Word, StorySection Section)[] Words =
    [
        ("situation", StorySection.Situation),
        ("task", StorySection.Role),
        ("action", StorySection.Action),
        ("result", StorySection.Outcome),
        ("reflection", StorySection.Reflection),
    ];

    /// <summary>The section whose word <paramref name="word"/> (lower case) misspells, or null.</summary>
    public static StorySection? Section(ReadOnlySpan<char> word)
    {
        if (word.Length < 4)
        {
            return null;
        }

        foreach (var (known, section) in Words)
        {
            if (word[0] == known[0] && (IsSwap(word, known) || (known.Length >= 6 && IsOneEdit(word, known))))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>Two neighbouring letters swapped, and nothing else changed.</summary>
    private static bool IsSwap(ReadOnlySpan<char> word, string known)
    {
        if (word.Length != known.Length)
        {
            return false;
        }

        var at = 0;
        while (at < word.Length && word[at] == known[at])
        {
            at++;
        }

        return at + 1 < word.Length && word[at] == known[at + 1] && word[at + 1] == known[at]
            && word[(at + 2)..].SequenceEqual(known.AsSpan(at + 2));
    }

    /// <summary>One letter added, dropped or changed.</summary>
    private static bool IsOneEdit(ReadOnlySpan<char> word, string known)
    {
        var longer = word.Length >= known.Length ? word : known;
        var shorter = word.Length >= known.Length ? known : word;
        if (longer.Length - shorter.Length > 1)
        {
            return false;
        }

        var at = 0;
        while (at < shorter.Length && longer[at] == shorter[at])
        {
            at++;
        }

        if (at == shorter.Length)
        {
            return longer.Length != shorter.Length;
        }

        return longer.Length == shorter.Length
            ? longer[(at + 1)..].SequenceEqual(shorter[(at + 1)..])
            : longer[(at + 1)..].SequenceEqual(shorter[at..]);
    }
}
