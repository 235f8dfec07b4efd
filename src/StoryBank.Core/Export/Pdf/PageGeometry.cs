namespace StoryBank.Core.Export.Pdf;

/// <summary>Paper size, margins, header and footer bands and columns, in points (1/72 inch), origin at the top left.</summary>
internal sealed record PageGeometry(double Width, double Height, double Margin, double HeaderHeight, double FooterHeight, int Columns, double Gutter)
{
    private const double PointsPerMillimetre = 72 / 25.4;

    public double ContentTop => Margin + HeaderHeight;

    public double ContentBottom => Height - Margin - FooterHeight;

    public double ColumnHeight => ContentBottom - ContentTop;

    public double ColumnWidth => (Width - (2 * Margin) - ((Columns - 1) * Gutter)) / Columns;

    public double ColumnLeft(int column) => Margin + (column * (ColumnWidth + Gutter));

    /// <summary>
    /// Half-inch margins for the compact sheet (more room for stories, still clear of every printer's unprintable edge),
    /// three-quarter-inch ones for the full layout, which reads like a document.
    /// </summary>
    public static PageGeometry For(PaperSize paper, ExportLayout layout)
    {
        var (width, height) = paper switch
        {
            PaperSize.Letter => (8.5 * 72, 11.0 * 72),
            _ => (210 * PointsPerMillimetre, 297 * PointsPerMillimetre),
        };
        return layout == ExportLayout.Compact
            ? new PageGeometry(width, height, Margin: 36, HeaderHeight: 20, FooterHeight: 16, Columns: 2, Gutter: 18)
            : new PageGeometry(width, height, Margin: 54, HeaderHeight: 24, FooterHeight: 18, Columns: 1, Gutter: 0);
    }
}
