namespace StoryBank.Core.Export;

/// <summary>Which stories to export: some categories, some stories, or all; optionally only complete ones.</summary>
public sealed record ExportSelection
{
    /// <summary>Category slugs; empty means every category (and stories without one).</summary>
    public IReadOnlyList<string> CategorySlugs { get; init; } = [];

    /// <summary>Story ids; empty means every story of the chosen categories.</summary>
    public IReadOnlyList<int> StoryIds { get; init; } = [];

    /// <summary>Only stories whose four STAR sections all hold text.</summary>
    public bool OnlyComplete { get; init; }
}
