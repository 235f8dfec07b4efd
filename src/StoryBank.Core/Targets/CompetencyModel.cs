namespace StoryBank.Core.Targets;

/// <summary>A competency model the person wrote (the built-in ones live in <see cref="BuiltInModels"/>, not here).</summary>
public sealed class CompetencyModel
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The model's competencies in order, kept as JSON in one column: they only ever travel together.</summary>
    public List<CompetencyDefinition> Competencies { get; set; } = [];
}
