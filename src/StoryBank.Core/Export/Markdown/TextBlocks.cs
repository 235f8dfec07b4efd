using Markdig;
using Markdig.Syntax;

namespace StoryBank.Core.Export.Markdown;

/// <summary>Splits a field's text into lines tagged with the top-level Markdown block each belongs to.</summary>
internal static class TextBlocks
{
    /// <summary>Built once, as the importer reads notes, minus front matter (which only counts at the top of a file).</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();

    /// <summary>
    /// One entry per line of <paramref name="text"/> (split at <c>\n</c>): its kind and the index of its block
    /// (-1 for a line outside every block: a blank line between blocks, or a definition Markdig took out of one).
    /// </summary>
    public static (LineKind Kind, int Block)[] Classify(string text)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var lines = new (LineKind Kind, int Block)[lineStarts.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var end = i + 1 < lineStarts.Count ? lineStarts[i + 1] - 1 : text.Length;
            lines[i] = (string.IsNullOrWhiteSpace(text[lineStarts[i]..end]) ? LineKind.Blank : LineKind.Other, -1);
        }

        var document = Markdig.Markdown.Parse(text, Pipeline);
        for (var index = 0; index < document.Count; index++)
        {
            var block = document[index];
            if (block.Span.IsEmpty || block.Span.Start >= text.Length)
            {
                continue;
            }

            var first = LineAt(lineStarts, block.Span.Start);
            var last = LineAt(lineStarts, Math.Min(block.Span.End, text.Length - 1));
            var kind = KindOf(block);
            for (var line = first; line <= last; line++)
            {
                // A link definition lies inside its paragraph's span, but Markdig takes it out of the paragraph.
                if (lines[line].Block < 0 || kind == LineKind.Other)
                {
                    lines[line] = (kind, index);
                }
            }
        }

        return lines;
    }

    private static LineKind KindOf(Block block) => block switch
    {
        ParagraphBlock => LineKind.Paragraph,
        FencedCodeBlock fenced => fenced.ClosingFencedCharCount > 0 ? LineKind.Verbatim : LineKind.Other,

        // Script, comment, processing-instruction, declaration and CDATA blocks end at their closing marker, not at a
        // blank line: one left open would swallow the rest of the document.
        HtmlBlock html => html.Type is HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock ? LineKind.Verbatim : LineKind.Other,
        CodeBlock or QuoteBlock or Markdig.Extensions.Tables.Table => LineKind.Verbatim,
        _ => LineKind.Other,
    };

    private static int LineAt(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}
