namespace StoryBank.Core.Targets;

/// <summary>What a target's page shows: the "Why" questions, each competency with its stories (gaps first) and warnings.</summary>
/// <param name="Target">The target.</param>
/// <param name="DaysUntilInterview">Days from today (the clock's, UTC) to the interview; negative when it is past; null without a date.</param>
/// <param name="Why">"Why &lt;company&gt;?" then "Why this role?".</param>
/// <param name="Competencies">Competencies without stories first, then those with fewer than advised, each group in the target's order.</param>
/// <param name="Warnings">One sentence each: a story carrying too many competencies.</param>
public sealed record TargetCoverage(
    TargetSummary Target,
    int? DaysUntilInterview,
    IReadOnlyList<WhyQuestion> Why,
    IReadOnlyList<CompetencyCoverage> Competencies,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Gaps to fill: unanswered "Why" questions and competencies without a story.</summary>
    public int GapCount => Why.Count(w => w.IsGap) + Competencies.Count(c => c.IsGap);
}
