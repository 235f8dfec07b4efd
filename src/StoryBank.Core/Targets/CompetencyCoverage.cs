namespace StoryBank.Core.Targets;

/// <summary>One competency of a target with the stories covering it, most ready first.</summary>
/// <param name="Id">The target competency's id (for <see cref="TargetService.PickStoriesAsync"/>).</param>
/// <param name="Name">"Customer Obsession".</param>
/// <param name="CategorySlugs">Its categories.</param>
/// <param name="Picked">True when the person picked its stories; false when they are its categories' stories.</param>
/// <param name="Stories">The covering stories.</param>
public sealed record CompetencyCoverage(int Id, string Name, IReadOnlyList<string> CategorySlugs, bool Picked, IReadOnlyList<StoryReadiness> Stories)
{
    /// <summary>No story at all: the first thing to fill.</summary>
    public bool IsGap => Stories.Count == 0;

    /// <summary>Fewer stories than the field's advice of <see cref="TargetCoverageService.StoriesPerCompetency"/>.</summary>
    public bool IsThin => Stories.Count < TargetCoverageService.StoriesPerCompetency;
}
