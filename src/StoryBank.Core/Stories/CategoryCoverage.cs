namespace StoryBank.Core.Stories;

/// <summary>A category on the coverage grid: its stories (the first few) with their readiness, and how many there are.</summary>
public sealed record CategoryCoverage(int Id, string Slug, string Name, string Description, int StoryCount, IReadOnlyList<CoveredStory> Stories);
