namespace StoryBank.Core.Export.Pdf;

/// <summary>A run at its horizontal offset, in points, from the start of its line.</summary>
internal readonly record struct PlacedRun(double X, TextRun Run, double Width);
