using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// Splits an HTML block of <c>&lt;details&gt;&lt;summary&gt;Question&lt;/summary&gt;…&lt;/details&gt;</c> into blocks: the
/// summary's text (<see cref="NoteBlockKind.Summary"/>), the tags (<see cref="NoteBlockKind.Markup"/>) and the text
/// between them as paragraphs. A summary right after its <c>&lt;details&gt;</c> takes that line, where the element starts.
/// </summary>
internal static partial class HtmlDetails
{
    /// <summary>Whether the HTML block folds text with <c>&lt;details&gt;</c> or <c>&lt;summary&gt;</c>.</summary>
    public static bool Folds(NoteLine[] lines) =>
        lines.Any(l => l.Text.Contains("<details", StringComparison.OrdinalIgnoreCase) || l.Text.Contains("</details", StringComparison.OrdinalIgnoreCase)
            || l.Text.Contains("<summary", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the block stays as written: a fold whose summary is neither a question nor a STAR label ("longer version if
    /// they ask") is part of the answer around it, and so is a tag that closes no fold read as a question or label.
    /// </summary>
    /// <param name="lines">The HTML block's lines.</param>
    /// <param name="readFolds">How many folds read as questions or labels are open; updated.</param>
    public static bool KeptAsWritten(NoteLine[] lines, ref int readFolds)
    {
        var tags = lines.SelectMany(l => Tag().Matches(l.Text)).ToList();
        var summaries = tags.Where(m => m.Groups["summary"].Success).Select(m => m.Groups["summary"].Value).ToList();
        var opens = tags.Count(m => !m.Groups["summary"].Success && !m.Value.StartsWith("</", StringComparison.Ordinal));
        var closes = tags.Count(m => m.Value.StartsWith("</", StringComparison.Ordinal));
        var read = summaries.Count > 0
            ? summaries.Any(s => QuestionText.IsQuestionLike(s) || StarLabels.MatchWhole(s) is not null)
            : readFolds > 0 && closes > 0;
        if (read)
        {
            readFolds = Math.Max(0, readFolds + opens - closes);
        }

        return !read;
    }

    public static IEnumerable<NoteBlock> Split(NoteLine[] lines, int depth)
    {
        var paragraph = new List<NoteLine>();
        int? openedAt = null;
        foreach (var line in lines)
        {
            var at = 0;
            foreach (Match tag in Tag().Matches(line.Text))
            {
                if (Text(line, at, tag.Index) is { } before)
                {
                    paragraph.Add(before);
                    openedAt = null;
                }

                at = tag.Index + tag.Length;
                foreach (var block in Flush(paragraph, depth))
                {
                    yield return block;
                }

                var summary = tag.Groups["summary"];
                if (!summary.Success)
                {
                    openedAt = tag.Value.StartsWith("</", StringComparison.Ordinal) ? null : line.Number;
                    yield return Markup(line, tag.Value, depth);
                    continue;
                }

                yield return Markup(line, "<summary></summary>", depth);
                var text = summary.Value.Trim();
                if (text.Length > 0)
                {
                    var offset = line.Offset + summary.Index + (summary.Value.Length - summary.Value.TrimStart().Length);
                    yield return new NoteBlock { Kind = NoteBlockKind.Summary, Depth = depth, Lines = [new NoteLine(openedAt ?? line.Number, offset, text)] };
                }

                openedAt = null;
            }

            if (Text(line, at, line.Text.Length) is { } rest)
            {
                if (paragraph.Count > 0 && paragraph[^1].Number != rest.Number - 1)
                {
                    foreach (var block in Flush(paragraph, depth))
                    {
                        yield return block;
                    }
                }

                paragraph.Add(rest);
                openedAt = null;
            }
        }

        foreach (var block in Flush(paragraph, depth))
        {
            yield return block;
        }
    }

    /// <summary>The words of <paramref name="line"/> between two tags, or null when there are none.</summary>
    private static NoteLine? Text(NoteLine line, int start, int end)
    {
        var text = line.Text[start..end];
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : new NoteLine(line.Number, line.Offset + start + (text.Length - text.TrimStart().Length), trimmed);
    }

    private static IEnumerable<NoteBlock> Flush(List<NoteLine> paragraph, int depth)
    {
        if (paragraph.Count == 0)
        {
            return [];
        }

        NoteBlock block = new() { Kind = NoteBlockKind.Paragraph, Depth = depth, Lines = [.. paragraph] };
        paragraph.Clear();
        return [block];
    }

    private static NoteBlock Markup(NoteLine line, string tag, int depth) =>
        new() { Kind = NoteBlockKind.Markup, Depth = depth, Lines = [new NoteLine(line.Number, line.Offset, tag)] };

    [GeneratedRegex(@"<\s*/?\s*details\b[^>]*>|<\s*summary\b[^>]*>(?<summary>.*?)<\s*/\s*summary\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
