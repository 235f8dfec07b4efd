namespace StoryBank.Core.Stories;

/// <summary>A category with the number of stories filed under it.</summary>
public sealed record CategorySummary(int Id, string Slug, string Name, string Description, int StoryCount);
