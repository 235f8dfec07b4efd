namespace StoryBank.Core.Targets;

/// <summary>"Why &lt;company&gt;?" or "Why this role?" for a target, with the story answering it, if any.</summary>
/// <param name="Kind">Which of the two.</param>
/// <param name="Question">"Why Amazon?" or "Why this role?".</param>
/// <param name="StoryId">The answering story: the one linked to the target, else a motivation story asking this question; null is a gap.</param>
/// <param name="StoryLabel">That story's title, else its question.</param>
/// <param name="Prompt">What to write when it is a gap.</param>
public sealed record WhyQuestion(WhyKind Kind, string Question, int? StoryId, string? StoryLabel, string Prompt)
{
    public bool IsGap => StoryId is null;
}
