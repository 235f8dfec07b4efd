using System.Text.Json;

namespace StoryBank.Core.Export.Backup;

/// <summary>The roles chosen for one notes file, as the backup holds them.</summary>
internal sealed record BackupImportRoleChoices
{
    public required string FileName { get; init; }

    /// <summary>The choices as a roles file holds them (<see cref="Import.RoleChoices"/>), so the backup reads like one.</summary>
    public required JsonElement Roles { get; init; }

    /// <summary>UTC.</summary>
    public required DateTime SavedAt { get; init; }
}
