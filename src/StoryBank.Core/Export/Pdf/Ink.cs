namespace StoryBank.Core.Export.Pdf;

/// <summary>The few colours of the sheet; the renderer maps them to PDF colours.</summary>
internal enum Ink
{
    Text,
    Muted,
    Accent,
}
