using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// Reads story text through the shared <see cref="StoryMarkdown"/> pipeline into styled runs: bold, italic, code in
/// the mono face, links as their text. Both walks use an explicit stack, so deeply nested notes cannot overflow it.
/// </summary>
internal static class MarkdownRunReader
{
    /// <summary>The text as paragraphs: one per paragraph, list item, heading, table row or code line.</summary>
    public static List<RichParagraph> Paragraphs(string markdown, TextStyle style)
    {
        var paragraphs = new List<RichParagraph>();
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return paragraphs;
        }

        if (Parse(markdown) is not { } document)
        {
            foreach (var block in markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                paragraphs.Add(new RichParagraph([new TextRun(block, style)], 0, null));
            }

            return paragraphs;
        }

        var stack = new Stack<(Block Block, int Depth, string? Marker)>();
        PushChildren(stack, document, 0, null);
        while (stack.Count > 0)
        {
            var (block, depth, marker) = stack.Pop();
            switch (block)
            {
                case ListBlock list:
                    var items = list.OfType<ListItemBlock>().ToList();
                    for (var i = items.Count - 1; i >= 0; i--)
                    {
                        var itemMarker = list.IsOrdered ? OrderedMarker(list, items[i], i) : "•";
                        PushChildren(stack, items[i], depth + 1, itemMarker);
                    }

                    break;
                case QuoteBlock quote:
                    PushChildren(stack, quote, depth + 1, marker);
                    break;
                case TableRow row:
                    var runs = new List<TextRun>();
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        if (runs.Count > 0)
                        {
                            runs.Add(new TextRun(" | ", style with { Ink = Ink.Muted }));
                        }

                        foreach (var leaf in cell.Descendants<LeafBlock>())
                        {
                            AppendInlines(leaf, row.IsHeader ? style.Emphasized(bold: true, italic: false) : style, runs);
                        }
                    }

                    Add(paragraphs, runs, depth, marker);
                    break;
                case ContainerBlock container:
                    PushChildren(stack, container, depth, marker);
                    break;
                case CodeBlock code:
                    var first = true;
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    {
                        Add(paragraphs, [new TextRun(line.Slice.ToString(), style.With(FontFace.Mono))], depth, first ? marker : null);
                        first = false;
                    }

                    break;
                case HeadingBlock heading:
                    var headingRuns = new List<TextRun>();
                    AppendInlines(heading, style.Emphasized(bold: true, italic: false), headingRuns);
                    Add(paragraphs, headingRuns, depth, marker);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    var leafRuns = new List<TextRun>();
                    AppendInlines(leaf, style, leafRuns);
                    Add(paragraphs, leafRuns, depth, marker);
                    break;
            }
        }

        return paragraphs;
    }

    /// <summary>The text on one line: paragraphs joined by spaces, list items keep their markers, hard breaks become spaces.</summary>
    public static List<TextRun> Inline(string markdown, TextStyle style)
    {
        var runs = new List<TextRun>();
        foreach (var paragraph in Paragraphs(markdown, style))
        {
            if (runs.Count > 0)
            {
                runs.Add(new TextRun(" ", style));
            }

            if (paragraph.Marker is { } marker)
            {
                runs.Add(new TextRun(marker + " ", style with { Ink = Ink.Muted }));
            }

            foreach (var run in paragraph.Runs)
            {
                runs.Add(run.IsHardBreak ? new TextRun(" ", run.Style) : run);
            }
        }

        return runs;
    }

    /// <summary>Markdig refuses nesting past its limit; such text is printed as plain paragraphs rather than failing the sheet.</summary>
    private static MarkdownDocument? Parse(string markdown)
    {
        try
        {
            return StoryMarkdown.Parse(markdown);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void PushChildren(Stack<(Block, int, string?)> stack, ContainerBlock container, int depth, string? marker)
    {
        // Only the first block of a list item carries the item's marker.
        for (var i = container.Count - 1; i >= 0; i--)
        {
            stack.Push((container[i], depth, i == 0 ? marker : null));
        }
    }

    private static string OrderedMarker(ListBlock list, ListItemBlock item, int index)
    {
        var start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
        var number = item.Order > 0 ? item.Order : start + index;
        return number.ToString(CultureInfo.InvariantCulture) + list.OrderedDelimiter;
    }

    private static void Add(List<RichParagraph> paragraphs, List<TextRun> runs, int depth, string? marker)
    {
        if (runs.Count > 0 || marker is not null)
        {
            paragraphs.Add(new RichParagraph(runs, depth, marker));
        }
    }

    private static void AppendInlines(LeafBlock leaf, TextStyle style, List<TextRun> runs)
    {
        if (leaf.Inline is null)
        {
            return;
        }

        var stack = new Stack<(Inline Inline, TextStyle Style)>();
        PushInlines(stack, leaf.Inline, style);
        while (stack.Count > 0)
        {
            var (inline, current) = stack.Pop();
            switch (inline)
            {
                case LiteralInline literal:
                    AddText(runs, literal.Content.ToString(), current);
                    break;
                case CodeInline code:
                    AddText(runs, code.Content, current.With(FontFace.Mono));
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        runs.Add(new TextRun(TextRun.HardBreak, current));
                    }
                    else
                    {
                        AddText(runs, " ", current);
                    }

                    break;
                case AutolinkInline autolink:
                    AddText(runs, autolink.Url, current);
                    break;
                case HtmlEntityInline entity:
                    AddText(runs, entity.Transcoded.ToString(), current);
                    break;
                case HtmlInline html:
                    AddText(runs, html.Tag, current);
                    break;
                case LinkInline { FirstChild: null } link:
                    // A link without text would vanish; its address is the only text it has.
                    AddText(runs, link.Url ?? "", current);
                    break;
                case EmphasisInline emphasis:
                    var isEmphasis = emphasis.DelimiterChar is '*' or '_';
                    PushInlines(stack, emphasis, current.Emphasized(isEmphasis && emphasis.DelimiterCount >= 2, isEmphasis && emphasis.DelimiterCount == 1));
                    break;
                case ContainerInline container:
                    PushInlines(stack, container, current);
                    break;
            }
        }
    }

    private static void PushInlines(Stack<(Inline, TextStyle)> stack, ContainerInline container, TextStyle style)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push((children[i], style));
        }
    }

    private static void AddText(List<TextRun> runs, string text, TextStyle style)
    {
        if (text.Length > 0)
        {
            runs.Add(new TextRun(text, style));
        }
    }
}
