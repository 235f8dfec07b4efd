using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StoryBank.Core.Import;

/// <summary>Parses notes with Markdig and flattens the block tree into <see cref="NoteBlock"/>s in document order.</summary>
internal static class NoteBlockReader
{
    /// <summary>Built once: precise source positions so every field can be cut from the text as the person wrote it.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public static List<NoteBlock> Read(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var lines = new SourceLines(text);
        var blocks = new List<NoteBlock>();

        // An explicit stack instead of recursion: nesting depth is the person's, not ours.
        var pending = new Stack<(Block Block, int Depth)>();
        PushChildren(pending, document, 0);
        while (pending.Count > 0)
        {
            var (block, depth) = pending.Pop();
            switch (block)
            {
                case YamlFrontMatterBlock:
                    blocks.Add(new NoteBlock { Kind = NoteBlockKind.FrontMatter, Lines = lines.Slice(block.Span) });
                    break;
                case HeadingBlock heading:
                    blocks.Add(new NoteBlock
                    {
                        Kind = NoteBlockKind.Heading,
                        Level = heading.Level,
                        Depth = depth,
                        Lines = HeadingLines(lines, heading),
                    });
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(Paragraph(lines, paragraph, NoteBlockKind.Paragraph, depth));
                    break;
                case ListBlock list:
                    PushChildren(pending, list, depth + 1);
                    break;
                case ListItemBlock item:
                    if (item.Count == 0)
                    {
                        blocks.Add(new NoteBlock { Kind = NoteBlockKind.EmptyBullet, Depth = depth, Lines = lines.Slice(item.Span) });
                        break;
                    }

                    if (item[0] is ParagraphBlock first)
                    {
                        blocks.Add(Paragraph(lines, first, NoteBlockKind.Bullet, depth));
                        PushChildren(pending, item, depth, skip: 1);
                    }
                    else
                    {
                        PushChildren(pending, item, depth);
                    }

                    break;
                case Table table:
                    blocks.Add(TableBlock(lines, table, depth));
                    break;
                case ThematicBreakBlock:
                case BlankLineBlock:
                    break;
                default:
                    // Code, HTML, quotes, link definitions: words the person wrote, kept exactly.
                    if (block.Span.Length > 0)
                    {
                        blocks.Add(new NoteBlock { Kind = NoteBlockKind.Verbatim, Depth = depth, Lines = lines.Slice(block.Span, trimStart: false) });
                    }

                    break;
            }
        }

        return blocks;
    }

    private static void PushChildren(Stack<(Block, int)> pending, ContainerBlock container, int depth, int skip = 0)
    {
        for (var i = container.Count - 1; i >= skip; i--)
        {
            pending.Push((container[i], depth));
        }
    }

    private static List<NoteLine> HeadingLines(SourceLines lines, HeadingBlock heading)
    {
        var result = new List<NoteLine>();
        foreach (var line in lines.Slice(heading.Span))
        {
            var text = line.Text;
            if (heading.IsSetext && (text.TrimStart().StartsWith('=') || text.TrimStart().StartsWith('-')) && text.Trim().Trim('=', '-').Length == 0)
            {
                continue;
            }

            var hashes = heading.IsSetext ? 0 : text.TakeWhile(c => c == '#').Count();
            var content = text[hashes..];
            var trimmed = content.TrimStart();
            var offset = line.Offset + hashes + (content.Length - trimmed.Length);
            trimmed = TrimClosingHashes(trimmed.TrimEnd());
            result.Add(new NoteLine(line.Number, offset, trimmed));
        }

        return result;
    }

    private static string TrimClosingHashes(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == '#')
        {
            end--;
        }

        // "## Title ##" closes with hashes after a space; "C#" keeps its hash.
        return end < text.Length && (end == 0 || text[end - 1] == ' ') ? text[..end].TrimEnd() : text;
    }

    private static NoteBlock Paragraph(SourceLines lines, ParagraphBlock paragraph, NoteBlockKind kind, int depth)
    {
        var ranges = new List<(int, int)>();
        var unbalanced = new List<int>();
        if (paragraph.Inline is not null)
        {
            foreach (var inline in Inlines(paragraph.Inline))
            {
                switch (inline)
                {
                    // Emphasis is not protected: people leave it unbalanced, and a stray ** must not glue sentences together.
                    case CodeInline or LinkInline or AutolinkInline:
                        ranges.Add((inline.Span.Start, inline.Span.End));
                        break;
                    case LiteralInline literal when ContainsUnmatchedDelimiter(literal):
                        unbalanced.Add(lines.LineNumberAt(literal.Span.Start));
                        break;
                }
            }
        }

        return new NoteBlock
        {
            Kind = kind,
            Depth = depth,
            Lines = lines.Slice(paragraph.Span),
            ProtectedRanges = ranges,
            UnbalancedEmphasisLines = unbalanced.Distinct().ToList(),
        };
    }

    /// <summary>Every inline under a container, walked with a stack (Markdig's Descendants is slow on long paragraphs).</summary>
    private static IEnumerable<Inline> Inlines(ContainerInline root)
    {
        var pending = new Stack<Inline>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }

        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            yield return inline;
            if (inline is ContainerInline container)
            {
                for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static bool ContainsUnmatchedDelimiter(LiteralInline literal)
    {
        var content = literal.Content.AsSpan();
        return content.Contains("**", StringComparison.Ordinal) || content.Contains("__", StringComparison.Ordinal);
    }

    private static NoteBlock TableBlock(SourceLines lines, Table table, int depth)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.OfType<TableRow>())
        {
            rows.Add(row.OfType<TableCell>().Select(cell => lines.Text(cell.Span).Trim()).ToList());
        }

        return new NoteBlock
        {
            Kind = NoteBlockKind.Table,
            Depth = depth,
            Lines = lines.Slice(table.Span, trimStart: false),
            Rows = rows,
        };
    }
}
