using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Import;

namespace StoryBank.Core.Stories;

/// <summary>Reads and writes stories. Every write is validated; an update based on an old version is refused.</summary>
public sealed class StoryService(
    IDbContextFactory<StoryBankDbContext> contextFactory,
    IValidator<StoryDraft> validator,
    TimeProvider clock)
{
    /// <summary>Stories, most recently changed first, optionally only those of one category (rows without a highlight).</summary>
    /// <param name="categorySlug">A category's slug, or null for all stories.</param>
    /// <param name="skip">Rows to pass over, for paging.</param>
    /// <param name="take">The most rows to return.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<StoryListItem>> ListAsync(
        string? categorySlug = null, int skip = 0, int take = 500, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stories = db.Stories.AsQueryable();
        if (!string.IsNullOrEmpty(categorySlug))
        {
            stories = stories.Where(s => s.Category != null && s.Category.Slug == categorySlug);
        }

        return await stories
            .OrderByDescending(s => s.UpdatedAt)
            .ThenByDescending(s => s.Id)
            .Skip(skip)
            .Take(take)
            .Select(s => new StoryListItem(
                s.Id,
                s.Title,
                s.Questions.OrderBy(q => q.Id).Select(q => q.Text).ToList(),
                s.Category == null ? null : s.Category.Slug,
                s.Category == null ? null : s.Category.Name,
                s.UpdatedAt,
                SectionText.CountFilled(s.Sections.Situation, s.Sections.Role, s.Sections.Action, s.Sections.Outcome),
                null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The story with its questions and category, or null when there is none with this id.</summary>
    public async Task<Story?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Stories
            .AsNoTracking()
            .Include(s => s.Questions.OrderBy(q => q.Id))
            .Include(s => s.Category)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>Adds a story.</summary>
    /// <exception cref="ValidationException">The draft breaks a rule; nothing was written.</exception>
    public async Task<Story> CreateAsync(StoryDraft draft, CancellationToken cancellationToken = default)
    {
        await validator.ValidateAndThrowAsync(draft, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var story = new Story { CreatedAt = now, UpdatedAt = now, Version = 1 };
        await ApplyAsync(db, story, draft, questions: null, cancellationToken);
        db.Stories.Add(story);
        await db.SaveChangesAsync(cancellationToken);
        return story;
    }

    /// <summary>Replaces a story's content, provided nobody saved it since <paramref name="expectedVersion"/> was read.</summary>
    /// <returns>The story as saved, with its new version.</returns>
    /// <exception cref="ValidationException">The draft breaks a rule; nothing was written.</exception>
    /// <exception cref="StoryConcurrencyException">The story was saved or deleted elsewhere in the meantime; nothing was written.</exception>
    /// <exception cref="StoryNotFoundException">There is no story with this id.</exception>
    public async Task<Story> UpdateAsync(int id, StoryDraft draft, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await validator.ValidateAndThrowAsync(draft, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var story = await db.Stories
            .Include(s => s.Questions)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new StoryNotFoundException(id);
        if (story.Version != expectedVersion)
        {
            throw new StoryConcurrencyException(id);
        }

        await ApplyAsync(db, story, draft, questions: null, cancellationToken);
        story.Version = expectedVersion + 1;
        story.UpdatedAt = clock.GetUtcNow().UtcDateTime;

        // The UPDATE is conditioned on the version read above, so a save that lands between our read and our write
        // still makes this one fail instead of being overwritten.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new StoryConcurrencyException(id, exception);
        }

        return story;
    }

    /// <summary>Files a story under a category (or none), provided nobody saved it since <paramref name="expectedVersion"/> was read.</summary>
    /// <exception cref="StoryConcurrencyException">The story was saved or deleted elsewhere in the meantime; nothing was written.</exception>
    /// <exception cref="StoryNotFoundException">There is no story with this id.</exception>
    public async Task<Story> SetCategoryAsync(int id, int? categoryId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var story = await GetAsync(id, cancellationToken) ?? throw new StoryNotFoundException(id);
        var draft = StoryDraft.From(story);
        draft.CategoryId = categoryId;
        return await UpdateAsync(id, draft, expectedVersion, cancellationToken);
    }

    /// <summary>
    /// Moves a follow-up's answer into the empty Action (the question stays, without an answer), provided nobody saved
    /// the story since <paramref name="expectedVersion"/> was read: for stories whose only writing is such an answer.
    /// </summary>
    /// <exception cref="InvalidOperationException">Action already holds text, or the follow-up has no answer; nothing was written.</exception>
    /// <exception cref="StoryConcurrencyException">The story was saved or deleted elsewhere in the meantime; nothing was written.</exception>
    /// <exception cref="StoryNotFoundException">There is no story with this id.</exception>
    public async Task<Story> MoveAnswerToActionAsync(int id, int followUpIndex, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var story = await GetAsync(id, cancellationToken) ?? throw new StoryNotFoundException(id);
        if (story.Version != expectedVersion)
        {
            throw new StoryConcurrencyException(id);
        }

        if (SectionText.IsFilled(story.Sections.Action) || followUpIndex < 0 || followUpIndex >= story.FollowUps.Count || !SectionText.IsFilled(story.FollowUps[followUpIndex].Answer))
        {
            throw new InvalidOperationException("Only an answer can move, and only into an empty Action.");
        }

        var draft = StoryDraft.From(story);
        draft.Sections = draft.Sections with { Action = draft.FollowUps[followUpIndex].Answer };
        draft.FollowUps[followUpIndex] = draft.FollowUps[followUpIndex] with { Answer = "" };
        return await UpdateAsync(id, draft, expectedVersion, cancellationToken);
    }

    /// <summary>
    /// Deletes a story; its questions stay in the bank. A story that came from the notes is remembered as deleted, so
    /// importing the same notes again does not bring it back.
    /// </summary>
    /// <returns>False when there was no such story.</returns>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var importKey = await db.Stories.Where(s => s.Id == id).Select(s => new { s.ImportKey }).SingleOrDefaultAsync(cancellationToken);
        if (importKey is null)
        {
            return false;
        }

        if (importKey.ImportKey is { } key && !await db.DeletedImports.AnyAsync(d => d.ImportKey == key, cancellationToken))
        {
            db.DeletedImports.Add(new DeletedImport { ImportKey = key, DeletedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        await db.Stories.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Copies a draft into a tracked story, resolving its questions; the importer writes through it too.</summary>
    /// <param name="db">The context tracking <paramref name="story"/>.</param>
    /// <param name="story">The story to write into.</param>
    /// <param name="draft">The content.</param>
    /// <param name="questions">Resolves question texts; null to look up just this draft's questions.</param>
    /// <param name="cancellationToken">Cancels the question look-up.</param>
    internal static async Task ApplyAsync(StoryBankDbContext db, Story story, StoryDraft draft, QuestionLookup? questions, CancellationToken cancellationToken)
    {
        story.Title = draft.Title.Trim();
        story.CategoryId = draft.CategoryId;
        story.Sections = draft.Sections.Normalized();
        story.Metrics = [.. draft.Metrics];
        story.FollowUps = draft.FollowUps.Select(f => f with { Question = SectionText.Normalize(f.Question), Answer = SectionText.Normalize(f.Answer) }).ToList();

        if (questions is null)
        {
            var lowered = draft.Questions.Select(q => q.Trim().ToLowerInvariant()).Where(q => q.Length > 0).ToList();
            questions = new QuestionLookup(await db.Questions.Where(q => lowered.Contains(q.Text.ToLower())).ToListAsync(cancellationToken));
        }

        story.Questions = questions.Resolve(db, draft.Questions, draft.CategoryId);
    }
}
