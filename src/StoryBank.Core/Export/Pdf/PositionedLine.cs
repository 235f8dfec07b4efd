namespace StoryBank.Core.Export.Pdf;

/// <summary>A flow line placed on a page: the left edge of its column and the top of its line box, in points from the page's top left.</summary>
internal readonly record struct PositionedLine(FlowLine Line, double Left, double Top);
