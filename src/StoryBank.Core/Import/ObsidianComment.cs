using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// Obsidian's <c>%% comments %%</c>: asides the person hides from the rendered page, on one line (<c>%% text %%</c>) or
/// fenced by lines of their own (<c>%%</c> … <c>%%</c>). Their text belongs in the story's notes; the markers are structure.
/// </summary>
internal static partial class ObsidianComment
{
    public const string Marker = "%%";

    /// <summary>The text of a line that is one whole comment, or null.</summary>
    public static string? Whole(string line) => WholeLine().Match(line) is { Success: true } match ? match.Groups["text"].Value.Trim() : null;

    /// <summary>
    /// Whether the line opens a comment that a later line closes: "%%" alone or "%% text" with no closing marker; the text
    /// after the marker, if any, is <paramref name="text"/>.
    /// </summary>
    public static bool Opens(string line, out string text)
    {
        var trimmed = line.Trim();
        text = trimmed.StartsWith(Marker, StringComparison.Ordinal) && Whole(line) is null ? trimmed[Marker.Length..].Trim() : "";
        return trimmed.StartsWith(Marker, StringComparison.Ordinal) && Whole(line) is null;
    }

    /// <summary>Whether the line, inside a comment, closes it; <paramref name="text"/> is what comes before the marker.</summary>
    public static bool Closes(string line, out string text)
    {
        var trimmed = line.Trim();
        var closes = trimmed.EndsWith(Marker, StringComparison.Ordinal);
        text = closes ? trimmed[..^Marker.Length].Trim() : trimmed;
        return closes;
    }

    /// <summary>
    /// "I cut the cache %% check this %% and latency halved": the line without its comments (null when it has none inside
    /// other text) and the comments' texts.
    /// </summary>
    public static string? WithoutInline(string line, List<string> comments)
    {
        if (!line.Contains(Marker, StringComparison.Ordinal) || Whole(line) is not null)
        {
            return null;
        }

        var rest = Inline().Replace(line, match =>
        {
            comments.Add(match.Groups["text"].Value.Trim());
            return " ";
        });
        return comments.Count == 0 ? null : Spaces().Replace(rest, " ").Trim();
    }

    [GeneratedRegex(@"\s*%%(?<text>[^%]*?)%%\s*")]
    private static partial Regex Inline();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*%%(?<text>.*?)%%\s*$")]
    private static partial Regex WholeLine();
}
