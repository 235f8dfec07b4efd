namespace StoryBank.Core.Import;

/// <summary>One story of an import with what happens to it, the stored story's id when there is one, and why.</summary>
/// <param name="Story">The story as read from the notes.</param>
/// <param name="Action">What the import does with it.</param>
/// <param name="StoryId">The stored story, when there is one.</param>
/// <param name="Reason">Why it is skipped, rejected or brought back; null otherwise.</param>
/// <param name="DeletedInApp">The person deleted this story in the app after an earlier import of these notes.</param>
public sealed record ImportItem(ImportedStory Story, ImportAction Action, int? StoryId, string? Reason, bool DeletedInApp = false);
