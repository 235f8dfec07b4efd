namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// One line of the sheet before it has a page: its runs (placed from the column's left edge), its height and where its
/// baseline sits, and the rules the paginator follows with it.
/// </summary>
internal sealed class FlowLine
{
    public required IReadOnlyList<PlacedRun> Runs { get; init; }

    public required double Height { get; init; }

    /// <summary>Distance from the top of the line to its baseline.</summary>
    public required double Baseline { get; init; }

    /// <summary>Space above the line, left out at the top of a column.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>The line must share its column with the next one (headings, and a story's first line with its second).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>A thin rule under the line, under category headings.</summary>
    public bool RuleBelow { get; init; }

    /// <summary>The category the line belongs to; a page that starts inside it repeats its heading.</summary>
    public RepeatedHeading? Category { get; init; }

    public bool IsCategoryHeading { get; init; }

    /// <summary>The story the line belongs to; a page that starts inside it repeats its question.</summary>
    public RepeatedHeading? Story { get; init; }

    public bool StartsStory { get; init; }
}
