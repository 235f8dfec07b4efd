using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryBank.Core.Data;

namespace StoryBank.Core.Settings;

/// <summary>
/// The choices StoryBank remembers in the database, so the web app and the command line share them: today the name on
/// the cheat sheet. The setting <see cref="StoryBankOptions.PersonName"/> only gives the name until one is saved.
/// </summary>
/// <param name="contexts">One context per operation.</param>
/// <param name="options">The app's settings for the initial name; null for none.</param>
public sealed class SettingsService(IDbContextFactory<StoryBankDbContext> contexts, IOptions<StoryBankOptions>? options = null)
{
    /// <summary>The longest name kept; the sheet's header cuts long names anyway.</summary>
    public const int MaxPersonNameLength = 200;

    private const string PersonNameKey = "PersonName";

    /// <summary>The name printed on the cheat sheet: the saved one, else the configured default, else null.</summary>
    public async Task<string?> PersonNameAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == PersonNameKey, cancellationToken);
        var name = saved is not null ? saved.Value : options?.Value.PersonName;
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    /// <summary>Remembers the name on the cheat sheet; blank saves "no name" (the configured default no longer applies).</summary>
    /// <exception cref="ArgumentException">The name is longer than <see cref="MaxPersonNameLength"/> characters.</exception>
    public async Task SavePersonNameAsync(string? name, CancellationToken cancellationToken = default)
    {
        var value = name?.Trim() ?? "";
        if (value.Length > MaxPersonNameLength)
        {
            throw new ArgumentException($"The name may be at most {MaxPersonNameLength} characters; it has {value.Length}.", nameof(name));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.Settings.FirstOrDefaultAsync(s => s.Key == PersonNameKey, cancellationToken);
        if (saved is null)
        {
            db.Settings.Add(new Setting { Key = PersonNameKey, Value = value });
        }
        else
        {
            saved.Value = value;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
