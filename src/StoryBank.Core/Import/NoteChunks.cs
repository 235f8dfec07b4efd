using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// Cuts large notes into pieces that Markdig parses one after the other, so the syntax tree of a 5 MB file (the import
/// limit) is never alive all at once: the garbage collector would copy it again and again, and the parse would grow
/// faster than the file.
/// </summary>
/// <remarks>
/// A cut goes before a line that opens with an ATX heading ("# …" to "###### …"). Markdig closes every open block at such
/// a line (a paragraph, a list, a quote), so parsing the pieces one by one gives the same blocks as parsing the whole.
/// Only what could carry over a cut breaks that: a code fence or an HTML block that holds such a line, a link reference
/// definition used in another piece, front matter. Notes with any of these are parsed whole.
/// </remarks>
internal static partial class NoteChunks
{
    /// <summary>The least size of a piece; notes shorter than this are parsed whole.</summary>
    public const int DefaultSize = 128 * 1024;

    /// <summary>The pieces of <paramref name="text"/> (newlines already normalised to <c>\n</c>), in order, as start and end offsets.</summary>
    /// <param name="text">The notes.</param>
    /// <param name="size">The least size of a piece (the last may be shorter).</param>
    public static List<(int Start, int End)> Split(string text, int size)
    {
        var pieces = new List<(int Start, int End)>();
        var start = 0;
        if (text.Length > size && !MayCarryOverACut(text))
        {
            for (var line = text.IndexOf('\n') + 1; line > 0 && line < text.Length; line = text.IndexOf('\n', line) + 1)
            {
                if (line - start >= size && IsAtxHeading(text.AsSpan(line)))
                {
                    pieces.Add((start, line));
                    start = line;
                }
            }
        }

        pieces.Add((start, text.Length));
        return pieces;
    }

    private static bool MayCarryOverACut(string text) =>
        text.StartsWith("---", StringComparison.Ordinal)
        || text.Contains("```", StringComparison.Ordinal)
        || text.Contains("~~~", StringComparison.Ordinal)
        || text.Contains("]:", StringComparison.Ordinal)
        || HtmlLine().IsMatch(text);

    /// <summary>One to six '#' at the very start of the line, then a space, a tab or the line's end.</summary>
    private static bool IsAtxHeading(ReadOnlySpan<char> line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && (hashes == line.Length || line[hashes] is ' ' or '\t' or '\n');
    }

    /// <summary>A line that could start an HTML block, at any depth of lists or quotes.</summary>
    [GeneratedRegex(@"^[ \t>]*<", RegexOptions.Multiline)]
    private static partial Regex HtmlLine();
}
