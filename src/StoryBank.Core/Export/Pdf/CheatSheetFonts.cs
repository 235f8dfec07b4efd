using PdfSharp.Fonts;

namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// The bundled DejaVu fonts (embedded resources, so no PDF depends on the machine's fonts), their metrics, and the
/// PDFsharp font resolver that serves them.
/// </summary>
/// <remarks>
/// PDFsharp keeps one font resolver for the whole process and refuses to change it once a font was used. The static
/// constructor installs ours: the runtime runs it exactly once, even when tests render in parallel, and every render
/// touches this class before it creates a font.
/// </remarks>
internal static class CheatSheetFonts
{
    /// <summary>Family names of our own, so no other font on a machine can be picked instead.</summary>
    public const string SansFamily = "StoryBank DejaVu Sans";

    public const string MonoFamily = "StoryBank DejaVu Sans Mono";

    private static readonly string[] FileNames =
    [
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
        "DejaVuSansMono.ttf",
    ];

    private static readonly byte[][] Files;
    private static readonly TrueTypeMetrics[] FaceMetrics;

    static CheatSheetFonts()
    {
        Files = [.. FileNames.Select(Load)];
        FaceMetrics = [.. Files.Select(f => TrueTypeMetrics.Read(f))];

        var current = GlobalFontSettings.FontResolver;
        if (current is null)
        {
            GlobalFontSettings.FontResolver = new CheatSheetFontResolver();
        }
        else if (current is not CheatSheetFontResolver)
        {
            throw new InvalidOperationException(
                $"PDFsharp already has a font resolver ({current.GetType().FullName}); the cheat sheet needs its own, which serves the bundled DejaVu fonts.");
        }
    }

    /// <summary>Makes sure the resolver is installed; call before creating any PDFsharp font.</summary>
    public static void EnsureInstalled()
    {
        // The work is done by the static constructor, which this call triggers.
    }

    public static TrueTypeMetrics Metrics(FontFace face) => FaceMetrics[(int)face];

    /// <summary>The face name the resolver hands to PDFsharp for a face.</summary>
    public static string FaceName(FontFace face) => FileNames[(int)face];

    /// <summary>The font file for a face name from <see cref="FaceName"/>, or null for any other name.</summary>
    public static byte[]? File(string faceName)
    {
        var index = Array.IndexOf(FileNames, faceName);
        return index < 0 ? null : Files[index];
    }

    private static byte[] Load(string fileName)
    {
        var name = $"StoryBank.Core.Export.Fonts.{fileName}";
        using var stream = typeof(CheatSheetFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in StoryBank.Core.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
