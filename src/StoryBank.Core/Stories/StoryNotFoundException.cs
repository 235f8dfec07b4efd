namespace StoryBank.Core.Stories;

/// <summary>No story has this id (it may have been deleted).</summary>
public sealed class StoryNotFoundException(int storyId)
    : Exception($"Story {storyId} does not exist; it may have been deleted.")
{
    public int StoryId { get; } = storyId;
}
