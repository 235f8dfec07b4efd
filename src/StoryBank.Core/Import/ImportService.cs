using System.Security.Cryptography;
using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Saves imported notes. Re-importing the same file changes nothing; a story edited or deleted in the app since its
/// import is skipped, never overwritten or brought back; everything is written in one transaction or not at all.
/// </summary>
public sealed class ImportService(
    IDbContextFactory<StoryBankDbContext> contextFactory,
    IValidator<StoryDraft> validator,
    TimeProvider clock)
{
    /// <summary>What an import of these notes would do, without writing anything.</summary>
    /// <param name="import">The notes as read.</param>
    /// <param name="bringBackDeleted">Create again the stories the person deleted in the app since an earlier import.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public async Task<ImportReport> PreviewAsync(NotesImport import, bool bringBackDeleted = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        import = await RoleChoicesStore.WithSavedAsync(db, import, cancellationToken);
        var plan = await PlanAsync(db, import, bringBackDeleted, cancellationToken);
        return new ImportReport(import.FileName, plan.Select(p => p.Item).ToList(), import.Warnings);
    }

    /// <summary>Imports the notes in one transaction and reports what happened to each story.</summary>
    /// <param name="import">The notes as read.</param>
    /// <param name="bringBackDeleted">Create again the stories the person deleted in the app since an earlier import.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    public async Task<ImportReport> ImportAsync(NotesImport import, bool bringBackDeleted = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        import = await RoleChoicesStore.WithSavedAsync(db, import, cancellationToken);
        var plan = await PlanAsync(db, import, bringBackDeleted, cancellationToken);
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);

        // One query and one dictionary for all questions, and no change scan per story: both made large imports quadratic.
        var questions = new QuestionLookup(await db.Questions.ToListAsync(cancellationToken));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        await RoleChoicesStore.SaveAsync(db, import, now, cancellationToken);

        var created = new List<(int Index, Story Story)>();
        for (var i = 0; i < plan.Count; i++)
        {
            var (item, key, hash, existing, draft) = plan[i];
            var imported = item.Story;
            switch (item.Action)
            {
                case ImportAction.Create:
                    var story = new Story { CreatedAt = now, UpdatedAt = now, Version = 1, ImportKey = key, ImportHash = hash, ImportedVersion = 1 };
                    await Write(story, draft);
                    db.Stories.Add(story);
                    created.Add((i, story));
                    break;
                case ImportAction.Update:
                    existing!.Version++;
                    existing.ImportedVersion = existing.Version;
                    existing.ImportHash = hash;
                    existing.UpdatedAt = now;
                    await Write(existing, draft);
                    break;
                case ImportAction.Unchanged:
                    // Lines move when the notes above change; that is not an edit, so the version stays.
                    existing!.SourceLine = imported.Source.Line;
                    existing.SourceEndLine = imported.Source.EndLine;
                    break;
                default:
                    break;
            }

            async Task Write(Story target, StoryDraft content)
            {
                content.CategoryId = imported.Category is { } slug && categories.TryGetValue(slug, out var id) ? id : null;
                await StoryService.ApplyAsync(db, target, content, questions, cancellationToken);
                target.SourceFile = imported.Source.File;
                target.SourceLine = imported.Source.Line;
                target.SourceEndLine = imported.Source.EndLine;
                foreach (var question in target.Questions.Where(q => !q.IsCanonical && q.Text == imported.Question))
                {
                    question.Variants = question.Variants.Union(imported.Variants, StringComparer.OrdinalIgnoreCase).ToList();
                    question.CategoryId ??= target.CategoryId;
                }
            }
        }

        var broughtBack = plan.Where(p => p.Item.Action == ImportAction.Create && p.Item.DeletedInApp).Select(p => p.Key).ToList();
        if (broughtBack.Count > 0)
        {
            await db.DeletedImports.Where(d => EF.Parameter(broughtBack).Contains(d.ImportKey)).ExecuteDeleteAsync(cancellationToken);
        }

        // Index each created or updated story once, after its question links exist, instead of once per row the triggers see.
        await StorySearchIndex.PauseAsync(db, cancellationToken);
        db.ChangeTracker.DetectChanges();

        // New stories, new questions and their links go through one prepared command per table; SaveChanges would
        // send one freshly prepared command per row. Updates and everything else are left to SaveChanges.
        await BulkInsert.SaveAddedAsync(db, [typeof(Question), typeof(Story)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var written = plan.Where(p => p.Item.Action == ImportAction.Update).Select(p => p.Existing!.Id).Concat(created.Select(c => c.Story.Id)).ToList();
        await StorySearchIndex.ResumeAsync(db, written, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var items = plan.Select(p => p.Item).ToList();
        foreach (var (index, story) in created)
        {
            items[index] = items[index] with { StoryId = story.Id };
        }

        return new ImportReport(import.FileName, items, import.Warnings);
    }

    private async Task<List<PlannedStory>> PlanAsync(StoryBankDbContext db, NotesImport import, bool bringBackDeleted, CancellationToken cancellationToken)
    {
        var keys = ImportKeys(import);

        // EF.Parameter sends the keys as one JSON array instead of one parameter each: SQLite allows at most 32,766
        // parameters in a statement, and notes can hold more questions than that.
        var existing = await db.Stories
            .Include(s => s.Questions)
            .Where(s => s.ImportKey != null && EF.Parameter(keys).Contains(s.ImportKey))
            .ToDictionaryAsync(s => s.ImportKey!, cancellationToken);
        var deleted = (await db.DeletedImports.Where(d => EF.Parameter(keys).Contains(d.ImportKey)).Select(d => d.ImportKey).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var plan = new List<PlannedStory>(import.Stories.Count);
        for (var i = 0; i < import.Stories.Count; i++)
        {
            var imported = import.Stories[i];
            var draft = ToDraft(imported);
            var hash = Hash(imported);
            var stored = existing.GetValueOrDefault(keys[i]);
            var validation = await validator.ValidateAsync(draft, cancellationToken);
            var deletedInApp = stored is null && deleted.Contains(keys[i]);

            var (action, reason) = (stored, validation.IsValid) switch
            {
                (null, true) when deletedInApp && bringBackDeleted => (ImportAction.Create, $"{Describe(imported)} was deleted in the app after it was imported; it is brought back."),
                (null, _) when deletedInApp && !bringBackDeleted => (ImportAction.Skip, $"{Describe(imported)} was deleted in the app after it was imported, so it was not brought back."),
                (_, false) => (ImportAction.Reject, $"{Describe(imported)} was not imported: {string.Join(" ", validation.Errors.Select(e => e.ErrorMessage))}"),
                (null, _) => (ImportAction.Create, null),
                ({ } s, _) when s.Version != s.ImportedVersion => (ImportAction.Skip, $"{Describe(imported)} was changed in the app since it was imported; your edits are kept and the notes were not applied."),
                ({ } s, _) when s.ImportHash == hash => (ImportAction.Unchanged, null),
                _ => (ImportAction.Update, (string?)null),
            };
            plan.Add(new PlannedStory(new ImportItem(imported, action, stored?.Id, reason, deletedInApp), keys[i], hash, stored, draft));
        }

        return plan;
    }

    private static string Describe(ImportedStory story) =>
        story.Question.Length > 0 ? $"\"{story.Question}\"" : story.Title.Length > 0 ? $"Story \"{story.Title}\"" : "A story";

    /// <summary>File name plus question (or title), numbered when the same question occurs twice in a file.</summary>
    private static List<string> ImportKeys(NotesImport import)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>(import.Stories.Count);
        foreach (var story in import.Stories)
        {
            var subject = story.Question.Length > 0 ? story.Question : "story: " + story.Title;
            var key = $"{import.FileName}\n{string.Join(' ', subject.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}";
            var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
            keys.Add(occurrence == 1 ? key : $"{key}\n#{occurrence}");
        }

        return keys;
    }

    private static StoryDraft ToDraft(ImportedStory story) => new()
    {
        Title = story.Title,
        Questions = story.Question.Length > 0 ? [story.Question] : [],
        Sections = story.Sections,
        Metrics = [.. story.Metrics],
        FollowUps = [.. story.FollowUps],
    };

    /// <summary>The content as imported, without its line numbers: moving a story in the notes does not change it.</summary>
    private static string Hash(ImportedStory story)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(story with { Source = story.Source with { Line = 0, EndLine = 0 } }, StarSectionsJson.Plain);
        return Convert.ToHexString(SHA256.HashData(json));
    }

    private sealed record PlannedStory(ImportItem Item, string Key, string Hash, Story? Existing, StoryDraft Draft);
}
