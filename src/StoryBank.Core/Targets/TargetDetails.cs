namespace StoryBank.Core.Targets;

/// <summary>One target with its competencies in order, as its page shows it.</summary>
public sealed record TargetDetails(TargetSummary Target, IReadOnlyList<TargetCompetencyInfo> Competencies, int? WhyCompanyStoryId, int? WhyRoleStoryId);
