namespace StoryBank.Core.Export;

/// <summary>A question as exports print it: its text and alternative phrasings.</summary>
public sealed record ExportQuestion(string Text, IReadOnlyList<string> Variants);
