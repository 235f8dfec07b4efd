namespace StoryBank.Core.Export;

/// <summary>The cheat sheet's layout.</summary>
public enum ExportLayout
{
    /// <summary>Two columns, one or two lines per section, empty sections left out; dense type fits about 8 stories on 2 pages.</summary>
    Compact,

    /// <summary>One column, every section with its label, empty ones marked "—".</summary>
    Full,
}
