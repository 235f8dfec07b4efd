using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Core.Tests.Import;

namespace StoryBank.Core.Tests.Export.Pdf;

/// <summary>The person's real notes, imported into a real SQLite database and loaded the way the export loads them; once per test class.</summary>
public sealed class SeedStoriesFixture : IAsyncLifetime
{
    public IReadOnlyList<ExportStory> Stories { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seed = ImportGold.TestDataPath("Seed", "interview-notes.md");
        await database.Get<ImportService>().ImportAsync(await NotesFile.ReadAsync(seed));
        Stories = await database.Get<ExportService>().LoadAsync(new ExportSelection());
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
