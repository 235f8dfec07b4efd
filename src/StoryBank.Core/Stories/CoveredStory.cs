namespace StoryBank.Core.Stories;

/// <summary>A story on the coverage grid: a label (its title, else its question) and how many STAR sections hold text.</summary>
public sealed record CoveredStory(int Id, string Label, int FilledStarSections);
