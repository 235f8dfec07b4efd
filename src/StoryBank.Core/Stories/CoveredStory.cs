namespace StoryBank.Core.Stories;

/// <summary>
/// A story on the coverage grid: a label (its title, else its question), how many STAR sections hold text, and its
/// version (for a change made from the grid).
/// </summary>
public sealed record CoveredStory(int Id, string Label, int FilledStarSections, int Version = 0);
