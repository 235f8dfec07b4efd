using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StoryBank.Core.Stories;

/// <summary>
/// The one Markdig pipeline that renders story text, on the page and in exports: raw HTML is shown as text, links only
/// to http, https and mailto survive (others become their text), images become their description.
/// </summary>
public static class StoryMarkdown
{
    /// <summary>Built once; Markdig pipelines are immutable and thread-safe.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>Parses story text and makes its links safe.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafeUrl(link.Url))
            {
                // copyChildren: false, or the link's text would print twice (once from the copy, once from the literal).
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
            }
            else
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer nofollow");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }

        return document;
    }

    /// <summary>Safe HTML for story text.</summary>
    public static string ToHtml(string markdown) => Parse(markdown).ToHtml(Pipeline);

    /// <summary>Only absolute http, https and mailto addresses.</summary>
    public static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);

    private static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
