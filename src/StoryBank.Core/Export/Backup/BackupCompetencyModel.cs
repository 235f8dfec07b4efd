using StoryBank.Core.Targets;

namespace StoryBank.Core.Export.Backup;

/// <summary>A competency model the person wrote, as the backup holds it (version 4 on).</summary>
internal sealed record BackupCompetencyModel
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<CompetencyDefinition> Competencies { get; init; } = [];
}
