using System.Buffers;

namespace StoryBank.Core.Stories;

/// <summary>
/// A line of the person's text as plain words, without Markdown emphasis or code markers and with single spaces: what
/// the importer's rules, the metric extractor, the category classifier and the Markdown export's titles match against.
/// </summary>
internal static class PlainText
{
    /// <summary>Every whitespace character (what <c>\s</c> matches) except the plain space.</summary>
    private static readonly string OddSpaceChars = new([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ')]);

    private static readonly SearchValues<char> OddSpace = SearchValues.Create(OddSpaceChars);

    private static readonly SearchValues<char> MarkersAndOddSpace = SearchValues.Create("*_`" + OddSpaceChars);

    /// <summary>Strips Markdown emphasis and code markers and collapses whitespace, for matching words.</summary>
    public static string Of(string text) =>
        NeedsCleaning(text) ? new string(Clean(text, text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length])) : text.Trim();

    /// <summary>
    /// <see cref="Of(string)"/> without a new string, for the rules that run on every sentence: the trimmed text
    /// itself when that is all it needs, else its cleaned copy in <paramref name="buffer"/> (at least as long as the text).
    /// </summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> text, Span<char> buffer) => NeedsCleaning(text) ? Clean(text, buffer) : text.Trim();

    /// <summary>Whether there is more to do than a trim: markers, whitespace other than a space, or two spaces in a row.</summary>
    private static bool NeedsCleaning(ReadOnlySpan<char> text) => text.IndexOfAny(MarkersAndOddSpace) >= 0 || text.Contains("  ", StringComparison.Ordinal);

    /// <summary>
    /// The rule is two replacements, <c>[*_`]+</c> by nothing and then <c>\s+</c> by one space, and a trim; it is done in
    /// one pass, as the importer cleans every sentence.
    /// </summary>
    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (c is '*' or '_' or '`')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                // Markers are gone before spaces are collapsed: "a * b" is "a b".
                if (length > 0 && buffer[length - 1] == ' ')
                {
                    continue;
                }

                buffer[length++] = ' ';
                continue;
            }

            buffer[length++] = c;
        }

        return buffer[..length].Trim(' ');
    }

    /// <summary>Whether collapsing whitespace to single spaces would change <paramref name="text"/>.</summary>
    public static bool HasOddSpacing(string text) => text.AsSpan().IndexOfAny(OddSpace) >= 0 || text.Contains("  ", StringComparison.Ordinal);
}
