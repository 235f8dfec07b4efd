using PdfSharp.Fonts;

namespace StoryBank.Core.Export.Pdf;

/// <summary>Serves the bundled DejaVu faces to PDFsharp; every other family is unknown, so nothing falls back to system fonts.</summary>
internal sealed class CheatSheetFontResolver : IFontResolver
{
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, CheatSheetFonts.MonoFamily, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo(CheatSheetFonts.FaceName(FontFace.Mono));
        }

        if (!string.Equals(familyName, CheatSheetFonts.SansFamily, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var face = (bold, italic) switch
        {
            (true, true) => FontFace.BoldItalic,
            (true, false) => FontFace.Bold,
            (false, true) => FontFace.Italic,
            _ => FontFace.Regular,
        };
        return new FontResolverInfo(CheatSheetFonts.FaceName(face));
    }

    public byte[]? GetFont(string faceName) => CheatSheetFonts.File(faceName);
}
