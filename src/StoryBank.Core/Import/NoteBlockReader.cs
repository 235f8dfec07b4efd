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

    /// <summary>
    /// The notes' blocks in document order, made one at a time as the walk asks for them: a large file's blocks are never
    /// all alive at once, so garbage collections during the walk do not copy them all. Large notes are parsed piece by
    /// piece (<see cref="NoteChunks"/>), each piece when the walk reaches it.
    /// </summary>
    /// <param name="text">The notes, newlines normalised to <c>\n</c>.</param>
    /// <param name="chunkSize">The least size of a piece parsed on its own.</param>
    /// <exception cref="MarkdownTooDeepException">Past Markdig's nesting limit, while the walk asks for blocks.</exception>
    public static IEnumerable<NoteBlock> Read(string text, int chunkSize = NoteChunks.DefaultSize)
    {
        var lines = new SourceLines(text);
        foreach (var piece in NoteChunks.Split(text, chunkSize))
        {
            foreach (var block in Blocks(Parse(text, piece), lines, piece.Start))
            {
                yield return block;
            }
        }
    }

    private static MarkdownDocument Parse(string text, (int Start, int End) piece)
    {
        try
        {
            return Markdown.Parse(piece.Start == 0 && piece.End == text.Length ? text : text[piece.Start..piece.End], Pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig's nesting limit ("depth limit exceeded").
            throw new MarkdownTooDeepException(exception);
        }
    }

    /// <param name="document">A parsed piece of the notes.</param>
    /// <param name="lines">All of the notes' lines.</param>
    /// <param name="offset">Where the piece starts in the notes: Markdig's positions are the piece's own.</param>
    private static IEnumerable<NoteBlock> Blocks(MarkdownDocument document, SourceLines lines, int offset)
    {
        // Explicit stacks instead of recursion: nesting depth is the person's, not ours. The inline stack is shared by
        // every paragraph, so a file of short paragraphs does not allocate one each.
        var pending = new Stack<(Block Block, int Depth)>();
        var inlines = new Stack<Inline>();
        var readFolds = 0;
        PushChildren(pending, document, 0);
        while (pending.Count > 0)
        {
            var (block, depth) = pending.Pop();
            switch (block)
            {
                case YamlFrontMatterBlock:
                    yield return new NoteBlock { Kind = NoteBlockKind.FrontMatter, Lines = lines.Slice(At(block.Span, offset)) };
                    break;
                case HeadingBlock heading:
                    yield return new NoteBlock
                    {
                        Kind = NoteBlockKind.Heading,
                        Level = heading.Level,
                        Depth = depth,
                        Lines = HeadingLines(lines, heading, offset),
                    };
                    break;
                case ParagraphBlock paragraph:
                    yield return Paragraph(lines, paragraph, NoteBlockKind.Paragraph, depth, inlines, offset);
                    break;
                case QuoteBlock quote when quote.Count > 0 && quote[0] is ParagraphBlock title
                    && ObsidianCallout.Header(lines.Text(At(title.Span, offset))) is { } callout:
                    foreach (var part in ObsidianCallout.Split(Paragraph(lines, title, NoteBlockKind.Paragraph, depth, inlines, offset), callout.Marker, depth))
                    {
                        yield return part;
                    }

                    PushChildren(pending, quote, depth, skip: 1);
                    break;
                case QuoteBlock quote when quote.Count > 0 && quote[0] is ParagraphBlock title
                    && EmojiCallout.LabelIcon(lines.Text(At(title.Span, offset))) is { } icon:
                    foreach (var part in EmojiCallout.Split(Paragraph(lines, title, NoteBlockKind.Paragraph, depth, inlines, offset), icon, depth))
                    {
                        yield return part;
                    }

                    PushChildren(pending, quote, depth, skip: 1);
                    break;
                case ListBlock list:
                    PushChildren(pending, list, depth + 1);
                    break;
                case ListItemBlock item:
                    if (item.Count == 0)
                    {
                        yield return new NoteBlock { Kind = NoteBlockKind.EmptyBullet, Depth = depth, Lines = lines.Slice(At(item.Span, offset)) };
                        break;
                    }

                    if (item[0] is ParagraphBlock first)
                    {
                        yield return Paragraph(lines, first, NoteBlockKind.Bullet, depth, inlines, offset);
                        PushChildren(pending, item, depth, skip: 1);
                    }
                    else
                    {
                        PushChildren(pending, item, depth);
                    }

                    break;
                case Table table:
                    yield return TableBlock(lines, table, depth, offset);
                    break;
                case ThematicBreakBlock:
                case BlankLineBlock:
                    break;
                case HtmlBlock html when HtmlAside.Is(lines.Slice(At(html.Span, offset), trimStart: false)):
                    foreach (var part in HtmlAside.Split(lines.Slice(At(html.Span, offset), trimStart: false), depth))
                    {
                        yield return part;
                    }

                    break;
                case HtmlBlock html when HtmlDetails.Folds(lines.Slice(At(html.Span, offset), trimStart: false))
                    && !HtmlDetails.KeptAsWritten(lines.Slice(At(html.Span, offset), trimStart: false), ref readFolds):
                    foreach (var folded in HtmlDetails.Split(lines.Slice(At(html.Span, offset), trimStart: false), depth))
                    {
                        yield return folded;
                    }

                    break;
                default:
                    // Code, HTML, quotes, link definitions: words the person wrote, kept exactly.
                    if (block.Span.Length > 0)
                    {
                        yield return new NoteBlock { Kind = NoteBlockKind.Verbatim, Depth = depth, Lines = lines.Slice(At(block.Span, offset), trimStart: false) };
                    }

                    break;
            }
        }
    }

    /// <summary>A piece's span as a span of the whole notes.</summary>
    private static SourceSpan At(SourceSpan span, int offset) => offset == 0 || span.IsEmpty ? span : new SourceSpan(span.Start + offset, span.End + offset);

    private static void PushChildren(Stack<(Block, int)> pending, ContainerBlock container, int depth, int skip = 0)
    {
        for (var i = container.Count - 1; i >= skip; i--)
        {
            pending.Push((container[i], depth));
        }
    }

    private static NoteLine[] HeadingLines(SourceLines lines, HeadingBlock heading, int offset)
    {
        var result = new List<NoteLine>(1);
        foreach (var line in lines.Slice(At(heading.Span, offset)))
        {
            var text = line.Text;
            if (heading.IsSetext && (text.TrimStart().StartsWith('=') || text.TrimStart().StartsWith('-')) && text.Trim().Trim('=', '-').Length == 0)
            {
                continue;
            }

            var hashes = heading.IsSetext ? 0 : text.Length - text.TrimStart('#').Length;
            var content = text[hashes..];
            var trimmed = content.TrimStart();
            var contentStart = line.Offset + hashes + (content.Length - trimmed.Length);
            trimmed = TrimClosingHashes(trimmed.TrimEnd());
            result.Add(new NoteLine(line.Number, contentStart, trimmed));
        }

        return [.. result];
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

    private static NoteBlock Paragraph(SourceLines lines, ParagraphBlock paragraph, NoteBlockKind kind, int depth, Stack<Inline> pending, int offset)
    {
        // Most paragraphs have neither: the lists are made only when needed.
        List<(int, int)>? ranges = null;
        List<int>? unbalanced = null;
        if (paragraph.Inline is not null)
        {
            // Every inline under the paragraph in document order (Markdig's Descendants is slow on long paragraphs).
            PushChildren(pending, paragraph.Inline);
            while (pending.Count > 0)
            {
                var inline = pending.Pop();
                switch (inline)
                {
                    // Emphasis is not protected: people leave it unbalanced, and a stray ** must not glue sentences together.
                    case CodeInline or LinkInline or AutolinkInline:
                        (ranges ??= []).Add((inline.Span.Start + offset, inline.Span.End + offset));
                        break;
                    case LiteralInline literal when ContainsUnmatchedDelimiter(literal):
                        var line = lines.LineNumberAt(literal.Span.Start + offset);
                        unbalanced ??= [];
                        if (!unbalanced.Contains(line))
                        {
                            unbalanced.Add(line);
                        }

                        break;
                }

                if (inline is ContainerInline container)
                {
                    PushChildren(pending, container);
                }
            }
        }

        return new NoteBlock
        {
            Kind = kind,
            Depth = depth,
            Lines = ObsidianCallout.Unquote(lines.Slice(At(paragraph.Span, offset)), QuotesAround(paragraph)),
            ProtectedRanges = ranges ?? [],
            UnbalancedEmphasisLines = unbalanced ?? [],
        };
    }

    /// <summary>How many quotes hold the block: only callouts' quotes are read into blocks, and their lines carry the markers.</summary>
    private static int QuotesAround(Block block)
    {
        var quotes = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock)
            {
                quotes++;
            }
        }

        return quotes;
    }

    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    private static bool ContainsUnmatchedDelimiter(LiteralInline literal)
    {
        // One scan for either marker first: nearly every literal has neither.
        var content = literal.Content.AsSpan();
        return content.ContainsAny('*', '_') && (content.Contains("**", StringComparison.Ordinal) || content.Contains("__", StringComparison.Ordinal));
    }

    private static NoteBlock TableBlock(SourceLines lines, Table table, int depth, int offset)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.OfType<TableRow>())
        {
            rows.Add(row.OfType<TableCell>().Select(cell => lines.Text(At(cell.Span, offset)).Trim()).ToList());
        }

        return new NoteBlock
        {
            Kind = NoteBlockKind.Table,
            Depth = depth,
            Lines = lines.Slice(At(table.Span, offset), trimStart: false),
            Rows = rows,
        };
    }
}
