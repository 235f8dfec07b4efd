namespace StoryBank.Core.Export.Pdf;

/// <summary>The five bundled DejaVu faces.</summary>
internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
    Mono,
}
