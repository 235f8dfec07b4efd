namespace StoryBank.Core.Export.Backup;

/// <summary>A target as the backup holds it (version 4 on), with its competencies.</summary>
internal sealed record BackupTarget
{
    public required int Id { get; init; }

    public required string Company { get; init; }

    public required string Role { get; init; }

    public DateOnly? InterviewDate { get; init; }

    public required string ModelName { get; init; }

    public int? WhyCompanyStoryId { get; init; }

    public int? WhyRoleStoryId { get; init; }

    /// <summary>UTC.</summary>
    public required DateTime CreatedAt { get; init; }

    public IReadOnlyList<BackupTargetCompetency> Competencies { get; init; } = [];
}
