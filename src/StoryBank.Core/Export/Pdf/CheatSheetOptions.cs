namespace StoryBank.Core.Export.Pdf;

/// <summary>How the cheat sheet is printed.</summary>
public sealed record CheatSheetOptions
{
    /// <summary>Compact (two columns, a glance) or full (every section, gaps marked).</summary>
    public ExportLayout Layout { get; init; } = ExportLayout.Compact;

    /// <summary>The compact layout's type size: regular (9 pt body text) or dense (7.5 pt); the full layout ignores it.</summary>
    public SheetDensity Density { get; init; } = SheetDensity.Regular;

    /// <summary>A4 or US Letter.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>Shown in the header line of every page; left out when empty.</summary>
    public string? PersonName { get; init; }

    /// <summary>The date in the header line of every page, unless there is an <see cref="InterviewDate"/>.</summary>
    public DateOnly Date { get; init; }

    /// <summary>What the sheet is for, after the name in the header line ("Acme — Staff Engineer"); null means a general sheet.</summary>
    public string? Heading { get; init; }

    /// <summary>A target's interview day, shown in the header line instead of <see cref="Date"/>.</summary>
    public DateOnly? InterviewDate { get; init; }
}
