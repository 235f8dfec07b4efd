namespace StoryBank.Core.Export.Pdf;

/// <summary>Face, size in points and colour of a piece of text.</summary>
internal readonly record struct TextStyle(FontFace Face, double Size, Ink Ink = Ink.Text)
{
    public TextStyle With(FontFace face) => this with { Face = face };

    /// <summary>Adds bold and/or italic to the face; the mono face has no such variants, so code stays mono.</summary>
    public TextStyle Emphasized(bool bold, bool italic)
    {
        if (Face == FontFace.Mono)
        {
            return this;
        }

        var isBold = bold || Face is FontFace.Bold or FontFace.BoldItalic;
        var isItalic = italic || Face is FontFace.Italic or FontFace.BoldItalic;
        return With((isBold, isItalic) switch
        {
            (true, true) => FontFace.BoldItalic,
            (true, false) => FontFace.Bold,
            (false, true) => FontFace.Italic,
            _ => FontFace.Regular,
        });
    }
}
