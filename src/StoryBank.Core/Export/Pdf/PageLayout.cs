namespace StoryBank.Core.Export.Pdf;

/// <summary>The lines of one page, in reading order.</summary>
internal sealed class PageLayout
{
    public List<PositionedLine> Lines { get; } = [];
}
