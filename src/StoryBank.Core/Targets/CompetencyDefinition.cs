namespace StoryBank.Core.Targets;

/// <summary>One competency of a model: its name, the categories it maps to and, optionally, its own questions.</summary>
public sealed record CompetencyDefinition
{
    public string Name { get; init; } = "";

    /// <summary>Category slugs (at least one); a target's coverage takes stories of these categories.</summary>
    public List<string> CategorySlugs { get; init; } = [];

    public List<string> Questions { get; init; } = [];
}
