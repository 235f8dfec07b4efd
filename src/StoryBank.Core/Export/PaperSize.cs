namespace StoryBank.Core.Export;

public enum PaperSize
{
    A4,
    Letter,
}
