namespace StoryBank.Core.Export.Markdown;

/// <summary>What a line of a field is part of, as Markdown reads the field on its own.</summary>
internal enum LineKind
{
    /// <summary>An empty line between blocks.</summary>
    Blank,

    /// <summary>A line of a top-level paragraph.</summary>
    Paragraph,

    /// <summary>
    /// A line of a block the importer keeps exactly as written (code, quote, HTML, table) and that ends by itself,
    /// so it can be written as it stands without swallowing what follows.
    /// </summary>
    Verbatim,

    /// <summary>Anything else: lists, headings, rules, link definitions, blocks that would run to the end of the text.</summary>
    Other,
}
