namespace StoryBank.Core.Targets;

/// <summary>A model as a page or command lists it: built-in ones have no id.</summary>
/// <param name="Id">The saved model's id; null for a built-in model.</param>
/// <param name="Name">"Amazon Leadership Principles", "Meta signals", "Generic", or the person's own name.</param>
/// <param name="Competencies">In order.</param>
public sealed record CompetencyModelInfo(int? Id, string Name, IReadOnlyList<CompetencyDefinition> Competencies)
{
    public bool IsBuiltIn => Id is null;
}
