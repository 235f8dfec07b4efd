using StoryBank.Core.Stories;

namespace StoryBank.Core.Targets;

/// <summary>
/// An interview to prepare for: a company and role, maybe a date, and the competencies it asks about (copied from a
/// competency model when the target is made, so editing or deleting the model never changes a target).
/// </summary>
public sealed class Target
{
    public int Id { get; set; }

    public required string Company { get; set; }

    public required string Role { get; set; }

    /// <summary>The day of the interview, when known; a day, not a time, because that is what people are told.</summary>
    public DateOnly? InterviewDate { get; set; }

    /// <summary>The name of the model the competencies came from ("Amazon Leadership Principles"), for display.</summary>
    public string ModelName { get; set; } = "";

    /// <summary>The competencies chosen for this interview, in <see cref="TargetCompetency.SortOrder"/>.</summary>
    public List<TargetCompetency> Competencies { get; set; } = [];

    /// <summary>
    /// The story answering "Why &lt;company&gt;?": a story in the motivation category, so it is written, coached, exported
    /// and practised like any other. Null while unanswered; deleting the story leaves the question unanswered.
    /// </summary>
    public int? WhyCompanyStoryId { get; set; }

    public Story? WhyCompanyStory { get; set; }

    /// <summary>The story answering "Why this role?", kept like <see cref="WhyCompanyStoryId"/>.</summary>
    public int? WhyRoleStoryId { get; set; }

    public Story? WhyRoleStory { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
}
