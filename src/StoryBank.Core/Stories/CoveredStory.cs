namespace StoryBank.Core.Stories;

/// <summary>
/// A story on the coverage grid: a label (its title, else its question), how many STAR sections hold text, whether it
/// holds any writing at all (<see cref="SectionText.HasWriting"/>: a follow-up answer counts), and its version (for a
/// change made from the grid).
/// </summary>
public sealed record CoveredStory(int Id, string Label, int FilledStarSections, bool HasWriting, int Version);
