namespace StoryBank.Core.Stories;

/// <summary>A page of stories and how many match in all.</summary>
public sealed record StoryPage(IReadOnlyList<StoryListItem> Items, int Total);
