namespace StoryBank.Core.Export.Backup;

/// <summary>A target's competency as the backup holds it, with the ids of the stories picked for it.</summary>
internal sealed record BackupTargetCompetency
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required int SortOrder { get; init; }

    public IReadOnlyList<string> CategorySlugs { get; init; } = [];

    public IReadOnlyList<string> Questions { get; init; } = [];

    public IReadOnlyList<int> StoryIds { get; init; } = [];
}
