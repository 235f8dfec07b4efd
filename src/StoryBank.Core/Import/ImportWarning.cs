namespace StoryBank.Core.Import;

/// <summary>Something in the notes worth the person's attention, with its 1-based line.</summary>
public sealed record ImportWarning(int Line, string Message);
