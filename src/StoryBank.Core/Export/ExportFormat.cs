namespace StoryBank.Core.Export;

/// <summary>What an export writes.</summary>
public enum ExportFormat
{
    /// <summary>The cheat sheet to print.</summary>
    Pdf,

    /// <summary>Markdown notes that the importer reads back.</summary>
    Markdown,

    /// <summary>A JSON backup of everything.</summary>
    Json,
}
