namespace StoryBank.Core.Import;

/// <summary>Where in the notes a story came from: file name and 1-based first and last line.</summary>
public sealed record ImportSource(string File, int Line, int EndLine);
