namespace StoryBank.Core.Targets;

/// <summary>A target's competency: its categories, questions and the stories picked for it (empty: the categories' stories).</summary>
public sealed record TargetCompetencyInfo(int Id, string Name, IReadOnlyList<string> CategorySlugs, IReadOnlyList<string> Questions, IReadOnlyList<int> PickedStoryIds);
