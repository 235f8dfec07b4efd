namespace StoryBank.Core.Targets;

/// <summary>What a job description asks for: the categories found, strongest first.</summary>
public sealed record JobDescriptionMatch(IReadOnlyList<CategoryMatch> Categories)
{
    /// <summary>Shown instead of a list when nothing was recognised; a description never fails to read.</summary>
    public const string NothingRecognisedMessage = "Nothing in this description matched a competency StoryBank knows; choose the target's competencies yourself.";

    public bool NothingRecognised => Categories.Count == 0;

    public IEnumerable<CategoryMatch> Proposed => Categories.Where(c => c.Proposed);
}
