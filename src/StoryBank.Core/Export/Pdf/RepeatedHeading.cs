namespace StoryBank.Core.Export.Pdf;

/// <summary>The heading lines a page repeats when it starts in the middle of a category or a story: "Name (continued)".</summary>
internal sealed class RepeatedHeading(IReadOnlyList<FlowLine> continued)
{
    public IReadOnlyList<FlowLine> Continued { get; } = continued;
}
