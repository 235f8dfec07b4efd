using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export.Backup;

/// <summary>
/// A JSON backup of the whole bank (categories, questions, stories with every field, their question links, import
/// tracking, versions and times; the practice history, deleted imports, the roles chosen per notes file, targets and
/// competency models) and a restore that puts back exactly that, ids included, in one
/// transaction. The file starts with <c>"format": "storybank-backup"</c> and a <c>formatVersion</c>, so later versions
/// can add what new features store and still restore older files. Every restored story passes the same
/// <see cref="StoryValidator"/> and uniqueness rules as the editor and the importer.
/// </summary>
public sealed class BackupService(IDbContextFactory<StoryBankDbContext> contextFactory, IValidator<StoryDraft> validator)
{
    /// <summary>Writes the backup of everything to <paramref name="output"/>; the same bank always gives the same bytes.</summary>
    public async Task<BackupSummary> WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // One read transaction: the three queries see the same bank even while the web app saves a story.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var questions = await db.Questions.AsNoTracking().OrderBy(q => q.Id).ToListAsync(cancellationToken);
        var stories = await db.Stories.AsNoTracking()
            .OrderBy(s => s.Id)
            .Select(s => new { Story = s, QuestionIds = s.Questions.OrderBy(q => q.Id).Select(q => q.Id).ToList() })
            .ToListAsync(cancellationToken);
        var attempts = await db.PracticeAttempts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var deletedImports = await db.DeletedImports.AsNoTracking().OrderBy(d => d.ImportKey).ToListAsync(cancellationToken);
        var roleChoices = await db.Set<ImportRoleChoices>().AsNoTracking().OrderBy(c => c.FileName).ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Include(t => t.Competencies).ThenInclude(c => c.Stories).AsSplitQuery().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var models = await db.CompetencyModels.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Choices saved in a format this version cannot read are dropped here as the importer drops them (RoleChoicesStore).
        var readable = roleChoices.Where(c => RoleChoicesStore.CanRead(c.Json));
        var file = BackupMapping.ToFile(categories, questions, stories.Select(row => (row.Story, row.QuestionIds)), attempts, deletedImports, readable) with
        {
            Targets = [.. targets.Select(BackupTargetMapping.ToBackup)],
            CompetencyModels = [.. models.Select(BackupTargetMapping.ToBackup)],
        };
        await BackupJson.WriteAsync(output, file, cancellationToken);
        return new BackupSummary(file.Categories.Count, file.Questions.Count, file.Stories.Count);
    }

    /// <summary>
    /// Replaces the bank with the backup in one transaction: same ids, same text, same versions and times.
    /// </summary>
    /// <param name="input">The backup, as <see cref="WriteAsync"/> wrote it.</param>
    /// <param name="force">Replace stories and questions of the person's own too; without it such a database is refused.</param>
    /// <param name="cancellationToken">Cancels the restore; nothing is changed then.</param>
    /// <exception cref="BackupFormatException">
    /// The input is not a backup this version can restore, or a story in it breaks a rule the editor enforces (the message
    /// names the first one: its place in the file, its id and the field); nothing was changed.
    /// </exception>
    /// <exception cref="BackupTargetNotEmptyException">The database holds stories or questions of its own and <paramref name="force"/> is false; nothing was changed.</exception>
    public async Task<BackupSummary> RestoreAsync(Stream input, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var file = await BackupJson.ReadAsync(input, cancellationToken);
        BackupChecks.Check(file, validator);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!force)
        {
            var storyCount = await db.Stories.CountAsync(cancellationToken);
            var questionCount = await db.Questions.CountAsync(q => !q.IsCanonical, cancellationToken);
            var attemptCount = await db.PracticeAttempts.CountAsync(cancellationToken);
            if (storyCount > 0 || questionCount > 0 || attemptCount > 0)
            {
                throw new BackupTargetNotEmptyException(storyCount, questionCount, attemptCount);
            }
        }

        // Everything goes, the taxonomy's own rows too: the backup holds them as the person had them (renamed, say).
        // The search triggers are paused and every story is indexed once at the end, as the importer does.
        await StorySearchIndex.PauseAsync(db, cancellationToken);
        await StorySearchIndex.ClearAsync(db, cancellationToken);
        await db.PracticeAttempts.ExecuteDeleteAsync(cancellationToken);
        await db.DeletedImports.ExecuteDeleteAsync(cancellationToken);
        await db.Set<ImportRoleChoices>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<Dictionary<string, object>>("TargetCompetencyStories").ExecuteDeleteAsync(cancellationToken);
        await db.TargetCompetencies.ExecuteDeleteAsync(cancellationToken);
        await db.Targets.ExecuteDeleteAsync(cancellationToken);
        await db.CompetencyModels.ExecuteDeleteAsync(cancellationToken);
        await db.Set<Dictionary<string, object>>("StoryQuestions").ExecuteDeleteAsync(cancellationToken);
        await db.Stories.ExecuteDeleteAsync(cancellationToken);
        await db.Questions.ExecuteDeleteAsync(cancellationToken);
        await db.Categories.ExecuteDeleteAsync(cancellationToken);

        db.Categories.AddRange(file.Categories.Select(BackupMapping.ToCategory));
        var questions = file.Questions.ToDictionary(q => q.Id, BackupMapping.ToQuestion);
        db.Questions.AddRange(questions.Values);
        var stories = file.Stories.ToDictionary(s => s.Id, s => BackupMapping.ToStory(s, questions));
        db.Stories.AddRange(stories.Values);
        db.PracticeAttempts.AddRange(file.PracticeAttempts.Select(BackupMapping.ToAttempt));
        db.DeletedImports.AddRange(file.DeletedImports.Select(BackupMapping.ToDeletedImport));
        db.Set<ImportRoleChoices>().AddRange(file.ImportRoleChoices.Select(BackupMapping.ToImportRoleChoices));
        db.Targets.AddRange(file.Targets.Select(t => BackupTargetMapping.ToTarget(t, stories)));
        db.CompetencyModels.AddRange(file.CompetencyModels.Select(BackupTargetMapping.ToModel));
        await db.SaveChangesAsync(cancellationToken);
        await StorySearchIndex.ResumeAsync(db, file.Stories.Select(s => s.Id).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BackupSummary(file.Categories.Count, file.Questions.Count, file.Stories.Count);
    }
}
