namespace StoryBank.Core.Import;

/// <summary>
/// Remembers that the person deleted a story that came from their notes, so importing the same notes again does not
/// bring it back.
/// </summary>
public sealed class DeletedImport
{
    /// <summary>The deleted story's <see cref="Stories.Story.ImportKey"/>: notes file name plus question.</summary>
    public required string ImportKey { get; set; }

    public DateTime DeletedAt { get; set; }
}
