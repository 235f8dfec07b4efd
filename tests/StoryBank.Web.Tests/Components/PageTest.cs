using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Coaching;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Web.Tests.Components;

/// <summary>A bunit context whose pages get Core's real services over a real, migrated SQLite database.</summary>
public abstract class PageTest : BunitContext, IAsyncLifetime
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    protected TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Services.AddSingleton(Database.Get<CategoryService>());
        Services.AddSingleton(Database.Get<StoryService>());
        Services.AddSingleton(Database.Get<EditorDraftService>());
        Services.AddSingleton(Database.Get<TimeProvider>());
        Services.AddSingleton(Database.Get<StorySearch>());
        Services.AddSingleton(Database.Get<CoachingService>());
        Services.AddSingleton(Database.Get<StoryBank.Core.Fill.FillService>());
        Services.AddSingleton(Database.Get<ImportService>());
        Services.AddSingleton(Database.Get<StoryBank.Core.Data.DatabaseFile>());
        Services.AddSingleton(Database.Get<FluentValidation.IValidator<StoryDraft>>());

        // NavigationLock and the editor's focus helper call JavaScript; their results do not matter here.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    protected async Task ImportSeedAsync()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "TestData", "interview-notes.md");
        await Database.Get<ImportService>().ImportAsync(await NotesFile.ReadAsync(seed));
    }

    protected async Task<int> CategoryIdAsync(string slug) =>
        (await Database.Get<CategoryService>().ListAsync()).Single(c => c.Slug == slug).Id;
}
