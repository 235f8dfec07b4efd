namespace StoryBank.Core.Import;

/// <summary>Something in the notes worth the person's attention, with its 1-based line.</summary>
public sealed record ImportWarning(int Line, string Message)
{
    /// <summary>
    /// The person's own words the warning carries (text left out of the stories), apart from the warning's wording: the
    /// words-kept check counts these, never the words of the message around them.
    /// </summary>
    internal string Kept { get; init; } = "";
}
