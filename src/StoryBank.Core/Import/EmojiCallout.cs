using System.Globalization;

namespace StoryBank.Core.Import;

/// <summary>
/// Notion's callouts exported as plain quotes that open with their icon: <c>&gt; 💡 Situation</c> over the text, or
/// <c>&gt; 📌 **Result:** …</c> on one line. When the words after the icon are a STAR label, the quote is structure, read
/// as an Obsidian callout is (the icon is markup, the label labels the text); any other quote (a tip, a quotation) stays
/// as written.
/// </summary>
internal static class EmojiCallout
{
    /// <summary>The icon and the spaces after it at the start of <paramref name="text"/>'s first line when a STAR label follows, or null.</summary>
    public static string? LabelIcon(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (end < 0 ? text : text[..end]).TrimEnd();
        var length = IconLength(firstLine);
        if (length == 0)
        {
            return null;
        }

        var rest = firstLine[length..];
        return StarLabels.MatchWhole(rest) is { Kind: not (LabelKind.Question or LabelKind.Answer or LabelKind.Answers) }
            || StarLabels.Match(rest) is { Kind: not (LabelKind.Question or LabelKind.Answer or LabelKind.Answers) }
            ? firstLine[..length]
            : null;
    }

    /// <summary>The quote's first paragraph (quote markers removed) as the icon, then a title or a labelled paragraph.</summary>
    public static IEnumerable<NoteBlock> Split(NoteBlock paragraph, string icon, int depth)
    {
        var first = paragraph.Lines[0];
        yield return new NoteBlock { Kind = NoteBlockKind.Markup, Depth = depth, Lines = [new NoteLine(first.Number, first.Offset, icon.Trim())] };
        var rest = new NoteLine(first.Number, first.Offset + icon.Length, first.Text[icon.Length..]);
        if (StarLabels.MatchWhole(rest.Text) is not null)
        {
            // "> 💡 Situation" over the text: the label is the callout's title.
            yield return new NoteBlock { Kind = NoteBlockKind.CalloutTitle, Depth = depth, Lines = [rest] };
            if (ObsidianCallout.Body(paragraph, depth) is { } body)
            {
                yield return body;
            }

            yield break;
        }

        yield return new NoteBlock
        {
            Kind = NoteBlockKind.Paragraph,
            Depth = depth,
            Lines = [rest, .. paragraph.Lines[1..]],
            ProtectedRanges = paragraph.ProtectedRanges,
            UnbalancedEmphasisLines = paragraph.UnbalancedEmphasisLines,
        };
    }

    /// <summary>How long the leading icon (emoji, their joiners and variation selectors) and the spaces after it are; 0 for none.</summary>
    private static int IconLength(string line)
    {
        var i = 0;
        while (i < line.Length && (char.IsSurrogate(line[i]) || line[i] is '\u200D' or '\uFE0F'
            || char.GetUnicodeCategory(line[i]) is UnicodeCategory.OtherSymbol))
        {
            i++;
        }

        if (i == 0 || i >= line.Length || line[i] != ' ')
        {
            return 0;
        }

        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
