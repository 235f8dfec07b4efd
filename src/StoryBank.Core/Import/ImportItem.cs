namespace StoryBank.Core.Import;

/// <summary>One story of an import with what happens to it, the stored story's id when there is one, and why.</summary>
public sealed record ImportItem(ImportedStory Story, ImportAction Action, int? StoryId, string? Reason);
