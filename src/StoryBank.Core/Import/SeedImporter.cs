using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;

namespace StoryBank.Core.Import;

/// <summary>On first start, imports the person's notes from a folder so the app opens on their own stories.</summary>
public sealed class SeedImporter(IDbContextFactory<StoryBankDbContext> contextFactory, ImportService importService)
{
    /// <summary>
    /// Imports every <c>*.md</c> file in <paramref name="folder"/> when the database has no stories yet; does nothing
    /// otherwise, so the person's own edits and deletions are never undone by a restart.
    /// </summary>
    /// <returns>A report per imported file and a message per file that could not be imported; null when the database already had stories.</returns>
    public async Task<SeedImportResult?> ImportIfEmptyAsync(string folder, CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Stories.AnyAsync(cancellationToken))
            {
                return null;
            }
        }

        var reports = new List<ImportReport>();
        var failures = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            try
            {
                reports.Add(await importService.ImportAsync(await NotesFile.ReadAsync(file, cancellationToken), cancellationToken: cancellationToken));
            }
            catch (NotesImportException exception)
            {
                failures.Add(exception.Message);
            }
        }

        return new SeedImportResult(reports, failures);
    }
}
