using PdfSharp.Pdf;

namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// The printable cheat sheet: stories grouped by category, compact (two columns, a glance) or full (every section,
/// gaps marked), on A4 or US Letter. Text stays real text in the bundled, embedded DejaVu fonts.
/// </summary>
public static class CheatSheetPdf
{
    public const string Title = "StoryBank cheat sheet";

    /// <summary>Renders the stories, in the order given (as <see cref="ExportService.LoadAsync"/> groups them), to PDF bytes.</summary>
    /// <param name="stories">The stories to print.</param>
    /// <param name="options">Layout, paper, name and date.</param>
    /// <param name="clock">Gives the creation time in the PDF's metadata.</param>
    public static byte[] Render(IReadOnlyList<ExportStory> stories, CheatSheetOptions options, TimeProvider clock)
    {
        using var output = new MemoryStream();
        Render(stories, options, clock, output);
        return output.ToArray();
    }

    /// <summary>Renders the stories to PDF into a stream, which is left open.</summary>
    /// <param name="stories">The stories to print.</param>
    /// <param name="options">Layout, paper, name and date.</param>
    /// <param name="clock">Gives the creation time in the PDF's metadata.</param>
    /// <param name="output">Receives the PDF.</param>
    public static void Render(IReadOnlyList<ExportStory> stories, CheatSheetOptions options, TimeProvider clock, Stream output)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(output);
        CheatSheetFonts.EnsureInstalled();

        var geometry = PageGeometry.For(options.Paper, options.Layout);
        var lines = options.Layout == ExportLayout.Full
            ? FullSheetComposer.Compose(stories, geometry.ColumnWidth)
            : CompactSheetComposer.Compose(stories, geometry.ColumnWidth, options.Density);
        var pages = Paginator.Paginate(lines, geometry);

        using var document = new PdfDocument();
        document.Info.Title = Title;
        document.Info.Creator = "StoryBank";
        document.Info.CreationDate = clock.GetUtcNow().UtcDateTime;
        if (!string.IsNullOrWhiteSpace(options.PersonName))
        {
            document.Info.Author = options.PersonName.Trim();
        }

        new SheetRenderer(geometry, options).Render(pages, document);
        document.Save(output, closeStream: false);
    }
}
