using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;

namespace StoryBank.Core.Import;

/// <summary>
/// The roles a person chose for a notes file, saved by file name when the notes are imported (<see cref="ImportService"/>)
/// and applied when the same file is imported again without choices of its own.
/// </summary>
public sealed class RoleChoicesStore(IDbContextFactory<StoryBankDbContext> contextFactory)
{
    /// <summary>The choices saved for the file with this name, or null when none were.</summary>
    public async Task<RoleChoices?> LoadAsync(string fileName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, fileName, cancellationToken);
    }

    /// <summary>
    /// The notes as the person wants them read: when read without choices of their own, read again with the ones saved
    /// for the file, if any.
    /// </summary>
    public async Task<NotesImport> WithSavedAsync(NotesImport import, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await WithSavedAsync(db, import, cancellationToken);
    }

    internal static async Task<RoleChoices?> LoadAsync(StoryBankDbContext db, string fileName, CancellationToken cancellationToken)
    {
        var saved = await db.Set<ImportRoleChoices>().AsNoTracking().FirstOrDefaultAsync(c => c.FileName == fileName, cancellationToken);
        if (saved is null)
        {
            return null;
        }

        try
        {
            return RoleChoices.FromJson(saved.Json);
        }
        catch (JsonException)
        {
            // Choices saved in a format this version cannot read are dropped, not a reason to refuse the import.
            return null;
        }
    }

    /// <summary>Whether saved choices are in a format this version reads.</summary>
    internal static bool CanRead(string json)
    {
        try
        {
            RoleChoices.FromJson(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static async Task<NotesImport> WithSavedAsync(StoryBankDbContext db, NotesImport import, CancellationToken cancellationToken)
    {
        if (import.Choices is not null || import.Text is null || await LoadAsync(db, import.FileName, cancellationToken) is not { } saved)
        {
            return import;
        }

        return RoleCorrections.Apply(import, saved);
    }

    /// <summary>Saves the choices the notes were read with for their file; choosing none forgets earlier ones.</summary>
    internal static async Task SaveAsync(StoryBankDbContext db, NotesImport import, DateTime now, CancellationToken cancellationToken)
    {
        if (import.Choices is not { } choices)
        {
            return;
        }

        var set = db.Set<ImportRoleChoices>();
        var saved = await set.FirstOrDefaultAsync(c => c.FileName == import.FileName, cancellationToken);
        if (choices.Levels.Count == 0 && choices.Blocks.Count == 0)
        {
            if (saved is not null)
            {
                set.Remove(saved);
            }

            return;
        }

        var json = choices.ToJson();
        if (saved is null)
        {
            set.Add(new ImportRoleChoices { FileName = import.FileName, Json = json, SavedAt = now });
        }
        else if (saved.Json != json)
        {
            saved.Json = json;
            saved.SavedAt = now;
        }
    }
}
