using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// Obsidian's callouts: a quote whose first line is <c>[!type] Title</c> (<c>&gt; [!info] Situation</c>, foldable
/// <c>&gt; [!note]- Action</c>). The marker is structure; the title names what the callout holds, as a heading does
/// (<see cref="NoteBlockKind.CalloutTitle"/>); the lines below are the person's text without the quote markers.
/// </summary>
internal static partial class ObsidianCallout
{
    /// <summary>The callout's type marker ("[!info]", "[!note]-") and its title, or null when the line opens no callout.</summary>
    public static (string Marker, string Type)? Header(string firstLine) =>
        HeaderPattern().Match(firstLine) is { Success: true } match ? (match.Groups["marker"].Value, match.Groups["type"].Value) : null;

    /// <summary>Whether a callout of this type asks something ("[!question]", "[!faq]"): in a story, a follow-up.</summary>
    public static bool Asks(string type) => type.ToLowerInvariant() is "question" or "faq" or "help";

    /// <summary>
    /// Splits the callout's first paragraph into its marker, its title and the text below it: the paragraph's lines
    /// already have their quote markers removed.
    /// </summary>
    public static IEnumerable<NoteBlock> Split(NoteBlock paragraph, string marker, int depth)
    {
        var first = paragraph.Lines[0];
        yield return new NoteBlock { Kind = NoteBlockKind.Markup, Depth = depth, Lines = [new NoteLine(first.Number, first.Offset, marker)] };
        var title = first.Text[marker.Length..];
        if (title.Trim().Length > 0)
        {
            var start = marker.Length + (title.Length - title.TrimStart().Length);
            yield return new NoteBlock { Kind = NoteBlockKind.CalloutTitle, Depth = depth, Lines = [new NoteLine(first.Number, first.Offset + start, title.Trim())] };
        }

        if (Body(paragraph, depth) is { } body)
        {
            yield return body;
        }
    }

    /// <summary>The callout's text after its first line (the marker and title), or null when it has none.</summary>
    public static NoteBlock? Body(NoteBlock paragraph, int depth) =>
        paragraph.Lines.Length > 1
            ? new NoteBlock
            {
                Kind = NoteBlockKind.Paragraph,
                Depth = depth,
                Lines = paragraph.Lines[1..],
                ProtectedRanges = paragraph.ProtectedRanges,
                UnbalancedEmphasisLines = paragraph.UnbalancedEmphasisLines,
            }
            : null;

    /// <summary>The lines without the <paramref name="quotes"/> quote markers ("&gt; ") before each.</summary>
    public static NoteLine[] Unquote(NoteLine[] lines, int quotes)
    {
        if (quotes == 0)
        {
            return lines;
        }

        var result = new NoteLine[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var cut = 0;
            for (var q = 0; q < quotes; q++)
            {
                var at = cut;
                while (at < line.Text.Length && line.Text[at] is ' ' or '\t')
                {
                    at++;
                }

                if (at >= line.Text.Length || line.Text[at] != '>')
                {
                    break;
                }

                cut = at + 1;
            }

            while (cut < line.Text.Length && line.Text[cut] is ' ' or '\t')
            {
                cut++;
            }

            result[i] = cut == 0 ? line : new NoteLine(line.Number, line.Offset + cut, line.Text[cut..]);
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?<marker>\[!(?<type>[\w-]+)\][+-]?)")]
    private static partial Regex HeaderPattern();
}
