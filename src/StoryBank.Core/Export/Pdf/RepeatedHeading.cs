namespace StoryBank.Core.Export.Pdf;

/// <summary>The heading lines repeated where a page starts inside a category ("Name (continued)") or a column inside a story ("Question (cont.)").</summary>
internal sealed class RepeatedHeading(IReadOnlyList<FlowLine> continued)
{
    public IReadOnlyList<FlowLine> Continued { get; } = continued;
}
