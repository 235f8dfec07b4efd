using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;

namespace StoryBank.Core.Stories;

/// <summary>Keeps the editor's unsaved text: one draft per story (and one for a new story), replaced on every write.</summary>
public sealed class EditorDraftService(IDbContextFactory<StoryBankDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Writes the editor's content as the draft of <paramref name="storyId"/>, replacing any earlier one.</summary>
    /// <param name="storyId">The story, or null for a new story.</param>
    /// <param name="content">What the form holds.</param>
    /// <param name="baseContent">The story as the editor loaded it.</param>
    /// <param name="baseVersion">The story's version as the editor loaded it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task SaveAsync(int? storyId, StoryDraft content, StoryDraft baseContent, int baseVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Set<EditorDraft>().SingleOrDefaultAsync(d => d.StoryId == storyId, cancellationToken);
        if (draft is null)
        {
            draft = new EditorDraft { StoryId = storyId };
            db.Add(draft);
        }

        draft.Content = JsonSerializer.Serialize(content, StarSectionsJson.Plain);
        draft.BaseContent = JsonSerializer.Serialize(baseContent, StarSectionsJson.Plain);
        draft.BaseVersion = baseVersion;
        draft.SavedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The draft kept for <paramref name="storyId"/> (null: the new story), or null when there is none.</summary>
    public async Task<EditorDraft?> FindAsync(int? storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<EditorDraft>().AsNoTracking().SingleOrDefaultAsync(d => d.StoryId == storyId, cancellationToken);
    }

    /// <summary>Forgets the draft of <paramref name="storyId"/> (null: the new story): it was saved or discarded.</summary>
    public async Task DeleteAsync(int? storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Set<EditorDraft>().Where(d => d.StoryId == storyId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The form content a draft holds.</summary>
    public static StoryDraft ContentOf(EditorDraft draft) => Read(draft.Content);

    /// <summary>The story as the editor had loaded it when the draft was written.</summary>
    public static StoryDraft BaseOf(EditorDraft draft) => Read(draft.BaseContent);

    private static StoryDraft Read(string json) =>
        JsonSerializer.Deserialize<StoryDraft>(json, StarSectionsJson.Plain) ?? throw new InvalidOperationException("An editor draft holds no content.");
}
