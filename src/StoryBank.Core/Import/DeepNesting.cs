using System.Text;

namespace StoryBank.Core.Import;

/// <summary>
/// Markdig refuses Markdown nested deeper than its limit (a list 3,000 levels deep). Such notes are still the
/// person's words: this caps list, quote and indentation nesting so they can be read, keeping every word.
/// </summary>
internal static class DeepNesting
{
    /// <summary>Deepest nesting kept; the rest is flattened to this level.</summary>
    public const int MaxDepth = 32;

    /// <summary>The text with nesting capped, and the first line that changed (0 when none did).</summary>
    public static (string Text, int FirstChangedLine) Flatten(string text)
    {
        var result = new StringBuilder(text.Length);
        var firstChanged = 0;
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var capped = CapLine(line);
            if (firstChanged == 0 && capped.Length != line.Length)
            {
                firstChanged = lineNumber;
            }

            if (lineNumber > 1)
            {
                result.Append('\n');
            }

            result.Append(capped);
        }

        return (result.ToString(), firstChanged);
    }

    private static string CapLine(string line)
    {
        var indent = 0;
        var position = 0;
        while (position < line.Length && line[position] is ' ' or '\t')
        {
            indent += line[position] == '\t' ? 4 : 1;
            position++;
        }

        var prefix = indent > 2 * MaxDepth ? new string(' ', 2 * MaxDepth) : line[..position];

        // A run of markers ("- - - - item", "> > > quote") opens one level per marker.
        var markers = 0;
        var kept = new StringBuilder();
        while (position < line.Length)
        {
            var length = MarkerLength(line, position);
            if (length == 0)
            {
                break;
            }

            if (++markers <= MaxDepth)
            {
                kept.Append(line, position, length);
            }

            position += length;
        }

        return markers <= MaxDepth && indent <= 2 * MaxDepth ? line : prefix + kept + line[position..];
    }

    /// <summary>Length of a list or quote marker with its following space at <paramref name="i"/>, or 0.</summary>
    private static int MarkerLength(string line, int i)
    {
        if (i + 1 < line.Length && line[i] is '-' or '*' or '+' or '>' && line[i + 1] == ' ')
        {
            return 2;
        }

        var digits = 0;
        while (i + digits < line.Length && digits < 9 && char.IsAsciiDigit(line[i + digits]))
        {
            digits++;
        }

        return digits > 0 && i + digits + 1 < line.Length && line[i + digits] is '.' or ')' && line[i + digits + 1] == ' ' ? digits + 2 : 0;
    }
}
