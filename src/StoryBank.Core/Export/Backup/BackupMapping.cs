using StoryBank.Core.Practice;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export.Backup;

/// <summary>The bank's rows as the backup holds them, and back: every column, ids included; times are UTC.</summary>
internal static class BackupMapping
{
    public static BackupFile ToFile(
        IEnumerable<Category> categories,
        IEnumerable<Question> questions,
        IEnumerable<(Story Story, List<int> QuestionIds)> stories,
        IEnumerable<PracticeAttempt> attempts,
        IEnumerable<Import.DeletedImport> deletedImports,
        IEnumerable<Import.ImportRoleChoices> roleChoices) => new()
    {
        Format = BackupFile.FormatName,
        FormatVersion = BackupFile.CurrentVersion,
        Categories = categories.Select(c => new BackupCategory
        {
            Id = c.Id,
            Slug = c.Slug,
            Name = c.Name,
            Description = c.Description,
            SortOrder = c.SortOrder,
            Cues = c.Cues,
        }).ToList(),
        Questions = questions.Select(q => new BackupQuestion
        {
            Id = q.Id,
            Text = q.Text,
            Variants = q.Variants,
            CategoryId = q.CategoryId,
            IsCanonical = q.IsCanonical,
        }).ToList(),
        Stories = stories.Select(row => ToBackup(row.Story, row.QuestionIds)).ToList(),
        PracticeAttempts = attempts.Select(a => new BackupPracticeAttempt
        {
            Id = a.Id,
            QuestionId = a.QuestionId,
            StoryId = a.StoryId,
            DurationMilliseconds = (long)Math.Round(a.Duration.TotalMilliseconds),
            Rating = a.Rating,
            AttemptedAt = DateTime.SpecifyKind(a.AttemptedAt, DateTimeKind.Utc),
        }).ToList(),
        DeletedImports = deletedImports.Select(d => new BackupDeletedImport
        {
            ImportKey = d.ImportKey,
            DeletedAt = DateTime.SpecifyKind(d.DeletedAt, DateTimeKind.Utc),
        }).ToList(),
        ImportRoleChoices = roleChoices.Select(c => new BackupImportRoleChoices
        {
            FileName = c.FileName,
            Roles = Import.RoleChoices.FromJson(c.Json).ToJsonElement(),
            SavedAt = DateTime.SpecifyKind(c.SavedAt, DateTimeKind.Utc),
        }).ToList(),
    };

    public static Category ToCategory(BackupCategory c) => new()
    {
        Id = c.Id,
        Slug = c.Slug,
        Name = c.Name,
        Description = c.Description,
        SortOrder = c.SortOrder,
        Cues = [.. c.Cues],
    };

    public static Question ToQuestion(BackupQuestion q) => new()
    {
        Id = q.Id,
        Text = q.Text,
        Variants = [.. q.Variants],
        CategoryId = q.CategoryId,
        IsCanonical = q.IsCanonical,
    };

    /// <param name="story">The story as the file holds it.</param>
    /// <param name="questions">The restored questions by id, for the story's links.</param>
    public static Story ToStory(BackupStory story, Dictionary<int, Question> questions) => new()
    {
        Id = story.Id,
        Title = story.Title,
        CategoryId = story.CategoryId,
        Questions = story.QuestionIds.Select(id => questions[id]).ToList(),
        Sections = story.Sections,
        Metrics = [.. story.Metrics],
        FollowUps = story.FollowUps.Select(f => new FollowUp { Question = f.Question, Answer = f.Answer }).ToList(),
        SourceFile = story.SourceFile,
        SourceLine = story.SourceLine,
        SourceEndLine = story.SourceEndLine,
        ImportKey = story.ImportKey,
        ImportHash = story.ImportHash,
        ImportedVersion = story.ImportedVersion,
        CreatedAt = AsUtc(story.CreatedAt),
        UpdatedAt = AsUtc(story.UpdatedAt),
        Version = story.Version,
    };


    public static PracticeAttempt ToAttempt(BackupPracticeAttempt a) => new()
    {
        Id = a.Id,
        QuestionId = a.QuestionId,
        StoryId = a.StoryId,
        Duration = TimeSpan.FromMilliseconds(a.DurationMilliseconds),
        Rating = a.Rating,
        AttemptedAt = AsUtc(a.AttemptedAt),
    };

    public static Import.DeletedImport ToDeletedImport(BackupDeletedImport d) => new() { ImportKey = d.ImportKey, DeletedAt = AsUtc(d.DeletedAt) };

    /// <summary>The choices as the store saves them: in the roles-file format, written as <see cref="Import.RoleChoices.ToJson"/> writes it.</summary>
    public static Import.ImportRoleChoices ToImportRoleChoices(BackupImportRoleChoices c) => new()
    {
        FileName = c.FileName,
        Json = Import.RoleChoices.FromJson(c.Roles.GetRawText()).ToJson(),
        SavedAt = AsUtc(c.SavedAt),
    };

    private static BackupStory ToBackup(Story story, List<int> questionIds) => new()
    {
        Id = story.Id,
        Title = story.Title,
        CategoryId = story.CategoryId,
        QuestionIds = questionIds,
        Sections = story.Sections,
        Metrics = story.Metrics,
        FollowUps = story.FollowUps.Select(f => new BackupFollowUp { Question = f.Question, Answer = f.Answer }).ToList(),
        SourceFile = story.SourceFile,
        SourceLine = story.SourceLine,
        SourceEndLine = story.SourceEndLine,
        ImportKey = story.ImportKey,
        ImportHash = story.ImportHash,
        ImportedVersion = story.ImportedVersion,

        // SQLite hands times back without a kind; they are UTC, and the file says so.
        CreatedAt = DateTime.SpecifyKind(story.CreatedAt, DateTimeKind.Utc),
        UpdatedAt = DateTime.SpecifyKind(story.UpdatedAt, DateTimeKind.Utc),
        Version = story.Version,
    };


    /// <summary>Times are UTC: one written without a zone is taken as UTC, one with an offset is converted.</summary>
    private static DateTime AsUtc(DateTime time) =>
        time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime();

}
