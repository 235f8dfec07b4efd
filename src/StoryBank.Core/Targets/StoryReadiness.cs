namespace StoryBank.Core.Targets;

/// <summary>A story covering a competency, and how ready it is: its STAR sections and what coaching still finds in it.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Label">Its title, else its first question.</param>
/// <param name="CategorySlug">Its category, or null.</param>
/// <param name="FilledStarSections">Of situation, role, action and outcome, how many hold text (as on the coverage grid).</param>
/// <param name="Findings">Coaching findings on the story (see <see cref="Coaching.CoachingService"/>).</param>
/// <param name="HighFindings">Of those, how many are <see cref="Coaching.FindingSeverity.High"/>.</param>
public sealed record StoryReadiness(int StoryId, string Label, string? CategorySlug, int FilledStarSections, int Findings, int HighFindings)
{
    /// <summary>All four STAR sections written and nothing serious left to fix.</summary>
    public bool IsReady => FilledStarSections == 4 && HighFindings == 0;
}
