namespace StoryBank.Core.Export.Pdf;

/// <summary>A paragraph of styled runs, indented by list or quote depth, with its list marker ("•", "2.") if any.</summary>
internal sealed record RichParagraph(IReadOnlyList<TextRun> Runs, int Depth, string? Marker);
