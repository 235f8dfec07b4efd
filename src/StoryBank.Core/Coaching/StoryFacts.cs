using StoryBank.Core.Stories;

namespace StoryBank.Core.Coaching;

/// <summary>What the checks need to know about one story: its texts, follow-ups and category.</summary>
public sealed record StoryFacts(
    int Id,
    string Title,
    StarSections Sections,
    IReadOnlyList<FollowUp> FollowUps,
    string? CategorySlug,
    string? CategoryName,
    string? Question = null)
{
    /// <summary>What to call the story: its title, else its first question.</summary>
    public string Label => !string.IsNullOrWhiteSpace(Title) ? Title : !string.IsNullOrWhiteSpace(Question) ? Question : $"Story {Id}";

    /// <summary>How many of the four STAR sections hold text (0–4): the story's readiness.</summary>
    public int FilledStarSections => SectionText.CountFilled(Sections.Situation, Sections.Role, Sections.Action, Sections.Outcome);
}
