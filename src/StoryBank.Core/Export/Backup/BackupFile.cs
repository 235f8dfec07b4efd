namespace StoryBank.Core.Export.Backup;

/// <summary>
/// The JSON backup: every category, question and story with its id, so a restore gives the same bank.
/// Version 2 adds the practice history, version 3 the imported stories the person deleted, version 4 the roles the person
/// chose for each notes file, targets and the person's competency models; older files still restore.
/// </summary>
internal sealed record BackupFile
{
    /// <summary>Marks the file as a StoryBank backup, so a restore can tell it from any other JSON.</summary>
    public const string FormatName = "storybank-backup";

    /// <summary>The version this code writes and the newest it reads.</summary>
    public const int CurrentVersion = 4;

    public required string Format { get; init; }

    public required int FormatVersion { get; init; }

    public required IReadOnlyList<BackupCategory> Categories { get; init; }

    public required IReadOnlyList<BackupQuestion> Questions { get; init; }

    public required IReadOnlyList<BackupStory> Stories { get; init; }

    /// <summary>Every practice attempt (version 2 on; empty in a version 1 file).</summary>
    public IReadOnlyList<BackupPracticeAttempt> PracticeAttempts { get; init; } = [];

    /// <summary>Imported stories the person deleted, so a restored bank does not bring them back on re-import (version 3 on).</summary>
    public IReadOnlyList<BackupDeletedImport> DeletedImports { get; init; } = [];

    /// <summary>The roles chosen for each notes file, so a re-import after a restore reads the notes the same way (version 4 on).</summary>
    public IReadOnlyList<BackupImportRoleChoices> ImportRoleChoices { get; init; } = [];

    /// <summary>Interviews to prepare for, with their competencies (version 4 on).</summary>
    public IReadOnlyList<BackupTarget> Targets { get; init; } = [];

    /// <summary>The person's own competency models (version 4 on); the built-in ones are not stored.</summary>
    public IReadOnlyList<BackupCompetencyModel> CompetencyModels { get; init; } = [];
}

/// <summary>An imported story the person deleted, as the backup holds it.</summary>
internal sealed record BackupDeletedImport
{
    public required string ImportKey { get; init; }

    /// <summary>UTC.</summary>
    public required DateTime DeletedAt { get; init; }
}

/// <summary>A practice attempt as the backup holds it.</summary>
internal sealed record BackupPracticeAttempt
{
    public required int Id { get; init; }

    public required int QuestionId { get; init; }

    public required int? StoryId { get; init; }

    /// <summary>Whole milliseconds on the timer.</summary>
    public required long DurationMilliseconds { get; init; }

    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<Practice.PracticeRating>))]
    public required Practice.PracticeRating Rating { get; init; }

    /// <summary>UTC.</summary>
    public required DateTime AttemptedAt { get; init; }
}

/// <summary>A category as the backup holds it.</summary>
internal sealed record BackupCategory
{
    public required int Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required int SortOrder { get; init; }

    public required IReadOnlyList<string> Cues { get; init; }
}

/// <summary>A question as the backup holds it.</summary>
internal sealed record BackupQuestion
{
    public required int Id { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<string> Variants { get; init; }

    public required int? CategoryId { get; init; }

    public required bool IsCanonical { get; init; }
}

/// <summary>A story as the backup holds it: every column, with its question links as question ids.</summary>
internal sealed record BackupStory
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required int? CategoryId { get; init; }

    public required IReadOnlyList<int> QuestionIds { get; init; }

    /// <summary>Six required fields in the file (<c>"situation"</c> … <c>"notes"</c>): see <see cref="Stories.StarSectionsJson"/>.</summary>
    public required Stories.StarSections Sections { get; init; }

    public required IReadOnlyList<string> Metrics { get; init; }

    public required IReadOnlyList<BackupFollowUp> FollowUps { get; init; }

    public required string? SourceFile { get; init; }

    public required int? SourceLine { get; init; }

    public required int? SourceEndLine { get; init; }

    public required string? ImportKey { get; init; }

    public required string? ImportHash { get; init; }

    public required int? ImportedVersion { get; init; }

    /// <summary>UTC.</summary>
    public required DateTime CreatedAt { get; init; }

    /// <summary>UTC.</summary>
    public required DateTime UpdatedAt { get; init; }

    public required int Version { get; init; }
}

/// <summary>A follow-up as the backup holds it.</summary>
internal sealed record BackupFollowUp
{
    public required string Question { get; init; }

    public required string Answer { get; init; }
}
