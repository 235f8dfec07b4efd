namespace StoryBank.Core.Stories;

/// <summary>The story was saved elsewhere (another tab, an import) after this copy was loaded; nothing was written.</summary>
public sealed class StoryConcurrencyException(int storyId, Exception? innerException = null)
    : Exception($"Story {storyId} was changed or deleted elsewhere after you opened it; your changes were not saved.", innerException)
{
    public int StoryId { get; } = storyId;
}
