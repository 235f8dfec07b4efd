using System.Text.RegularExpressions;

namespace StoryBank.Core.Practice;

/// <summary>Shortens a section to the line that starts it, which is all a cue card has room for.</summary>
internal static partial class CueText
{
    /// <summary>A cue is read in a glance; a first "line" that is a whole paragraph is cut at a word.</summary>
    public const int MaximumLength = 160;

    /// <summary>The first non-blank line, without a list, heading or quote marker; "" for an empty section.</summary>
    public static string FirstLine(string markdown)
    {
        var line = markdown
            .Split('\n')
            .Select(l => Marker().Replace(l, "").Trim())
            .FirstOrDefault(l => l.Length > 0) ?? "";
        if (line.Length <= MaximumLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', MaximumLength);
        return string.Concat(line.AsSpan(0, cut > MaximumLength / 2 ? cut : MaximumLength).TrimEnd(), "…");
    }

    [GeneratedRegex(@"^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+|#{1,6}\s+|>\s?)+")]
    private static partial Regex Marker();
}
