namespace StoryBank.Core.Export.Pdf;

/// <summary>Text in one style. The text <see cref="HardBreak"/> alone forces a new line.</summary>
internal readonly record struct TextRun(string Text, TextStyle Style)
{
    public const string HardBreak = "\n";

    public bool IsHardBreak => Text == HardBreak;
}
