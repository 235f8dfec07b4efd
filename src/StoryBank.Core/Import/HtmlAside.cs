using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// Notion exports its callouts as <c>&lt;aside&gt;💡 text&lt;/aside&gt;</c>. The tags are structure
/// (<see cref="NoteBlockKind.Markup"/>); the text between them is the person's, read as paragraphs, so a label inside
/// ("📍 **Situation:** …") still counts.
/// </summary>
internal static partial class HtmlAside
{
    /// <summary>Whether the HTML block holds nothing but <c>&lt;aside&gt;</c> tags and text.</summary>
    public static bool Is(NoteLine[] lines) =>
        lines.Any(l => Tag().IsMatch(l.Text)) && lines.All(l => !OtherTag().IsMatch(Tag().Replace(l.Text, "")));

    public static IEnumerable<NoteBlock> Split(NoteLine[] lines, int depth)
    {
        var paragraph = new List<NoteLine>();
        foreach (var line in lines)
        {
            var at = 0;
            foreach (Match tag in Tag().Matches(line.Text))
            {
                Add(paragraph, line, at, tag.Index);
                at = tag.Index + tag.Length;
                if (paragraph.Count > 0)
                {
                    yield return new NoteBlock { Kind = NoteBlockKind.Paragraph, Depth = depth, Lines = [.. paragraph] };
                    paragraph.Clear();
                }

                yield return new NoteBlock { Kind = NoteBlockKind.Markup, Depth = depth, Lines = [new NoteLine(line.Number, line.Offset + tag.Index, tag.Value)] };
            }

            if (line.Text[at..].Trim().Length == 0 && paragraph.Count > 0)
            {
                // A blank line ends the paragraph, as in Markdown.
                yield return new NoteBlock { Kind = NoteBlockKind.Paragraph, Depth = depth, Lines = [.. paragraph] };
                paragraph.Clear();
            }

            Add(paragraph, line, at, line.Text.Length);
        }

        if (paragraph.Count > 0)
        {
            yield return new NoteBlock { Kind = NoteBlockKind.Paragraph, Depth = depth, Lines = [.. paragraph] };
        }
    }

    private static void Add(List<NoteLine> paragraph, NoteLine line, int start, int end)
    {
        var text = line.Text[start..end];
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            paragraph.Add(new NoteLine(line.Number, line.Offset + start + (text.Length - text.TrimStart().Length), trimmed));
        }
    }

    [GeneratedRegex(@"<\s*/?\s*aside\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<\s*/?\s*[a-z][a-z0-9]*\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OtherTag();
}
