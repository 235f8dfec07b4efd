namespace StoryBank.Core.Stories;

/// <summary>
/// What the editor held but had not saved yet, kept in the database a few seconds after typing stops, so a sleeping
/// laptop, a restarted app or a lost connection does not cost the text. One per story, and one for a new story.
/// </summary>
public sealed class EditorDraft
{
    public int Id { get; set; }

    /// <summary>The story being edited, or null for a new story not saved yet.</summary>
    public int? StoryId { get; set; }

    /// <summary>The form's content as JSON (a <see cref="StoryDraft"/>).</summary>
    public string Content { get; set; } = "";

    /// <summary>The story as it was when the editor opened it, as JSON: the common ancestor when saving a restored draft.</summary>
    public string BaseContent { get; set; } = "";

    /// <summary>The story's <see cref="Story.Version"/> when the editor opened it.</summary>
    public int BaseVersion { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SavedAt { get; set; }
}
