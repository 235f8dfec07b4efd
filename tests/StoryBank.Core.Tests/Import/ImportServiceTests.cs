using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StoryBank.Core.Data;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Import;

public sealed class ImportServiceTests : IAsyncLifetime
{
    private const string InjectedFailure = "Injected failure while saving.";

    private const string Notes = """
        ## Tell me about a conflict with a coworker
        **Situation:** Two teams wanted the same cluster.
        **Action:** I set up a meeting with both leads.
        **Result:** We agreed on quotas; 30% less contention.

        ## Why this company?
        I love the product.
        """;

    private TestDatabase _database = null!;

    private ImportService Importer => _database.Get<ImportService>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Importing_creates_stories_with_their_questions_categories_and_sources()
    {
        var report = await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));

        Assert.Equal(2, report.Count(ImportAction.Create));
        Assert.All(report.Items, i => Assert.NotNull(i.StoryId));
        var conflict = await _database.Get<StoryService>().GetAsync(report.Items[0].StoryId!.Value);
        Assert.Equal("Tell me about a conflict with a coworker", Assert.Single(conflict!.Questions).Text);
        Assert.Equal("conflict", conflict.Category?.Slug);
        Assert.Equal("Two teams wanted the same cluster.", conflict.Sections.Situation);
        Assert.Equal("I set up a meeting with both leads.", conflict.Sections.Action);
        Assert.Contains("30% less contention", conflict.Metrics);
        Assert.Equal(("notes.md", 1, 4), (conflict.SourceFile, conflict.SourceLine, conflict.SourceEndLine));
    }

    [Fact]
    public async Task Importing_the_same_notes_twice_changes_nothing()
    {
        await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        var before = await SnapshotAsync();
        _database.Clock.Advance(TimeSpan.FromHours(1));

        var report = await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));

        Assert.Equal(2, report.Count(ImportAction.Unchanged));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_story_edited_in_the_app_is_skipped_and_keeps_the_edits()
    {
        var first = await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        var id = first.Items[0].StoryId!.Value;
        var stories = _database.Get<StoryService>();
        var draft = StoryDraft.From((await stories.GetAsync(id))!);
        draft.Sections = draft.Sections with { Outcome = "Edited in the app." };
        await stories.UpdateAsync(id, draft, expectedVersion: 1);

        var report = await Importer.ImportAsync(NotesParser.Parse(Notes.Replace("30% less", "40% less", StringComparison.Ordinal), "notes.md"));

        var skipped = report.Items[0];
        Assert.Equal(ImportAction.Skip, skipped.Action);
        Assert.Contains("changed in the app", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains(report.Messages(), m => m.StartsWith("notes.md:1: ", StringComparison.Ordinal));
        Assert.Equal("Edited in the app.", (await stories.GetAsync(id))!.Sections.Outcome);
    }

    [Fact]
    public async Task A_story_deleted_in_the_app_is_not_brought_back_by_a_re_import()
    {
        var first = await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        Assert.True(await _database.Get<StoryService>().DeleteAsync(first.Items[0].StoryId!.Value));

        var report = await Importer.ImportAsync(NotesParser.Parse(Notes.Replace("30% less", "40% less", StringComparison.Ordinal), "notes.md"));

        var skipped = report.Items[0];
        Assert.Equal(ImportAction.Skip, skipped.Action);
        Assert.Contains("deleted in the app", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(ImportAction.Unchanged, report.Items[1].Action);
        Assert.Equal(["Why this company?"], (await _database.Get<StoryService>().ListAsync()).SelectMany(s => s.Questions));
    }

    [Fact]
    public async Task A_deleted_story_comes_back_when_asked_and_is_then_tracked_again()
    {
        var first = await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        await _database.Get<StoryService>().DeleteAsync(first.Items[0].StoryId!.Value);
        var notes = NotesParser.Parse(Notes, "notes.md");

        var preview = await Importer.PreviewAsync(notes, bringBackDeleted: true);
        var report = await Importer.ImportAsync(notes, bringBackDeleted: true);
        var later = await Importer.ImportAsync(notes);

        Assert.Equal((ImportAction.Create, true), (preview.Items[0].Action, preview.Items[0].DeletedInApp));
        Assert.Contains("brought back", preview.Items[0].Reason, StringComparison.Ordinal);
        Assert.Equal(ImportAction.Create, report.Items[0].Action);
        var story = await _database.Get<StoryService>().GetAsync(report.Items[0].StoryId!.Value);
        Assert.Equal("I set up a meeting with both leads.", story!.Sections.Action);
        Assert.Equal([ImportAction.Unchanged, ImportAction.Unchanged], later.Items.Select(i => i.Action));
        await using var db = await _database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.DeletedImports.ToListAsync());
    }

    [Fact]
    public async Task Deleting_every_seed_story_then_restarting_brings_none_back()
    {
        using var temporary = new TemporaryFolder();
        var folder = temporary.Path;
        File.Copy(ImportGold.TestDataPath("Seed", "interview-notes.md"), Path.Combine(folder, "interview-notes.md"));
        var seeder = _database.Get<SeedImporter>();
        var stories = _database.Get<StoryService>();
        await seeder.ImportIfEmptyAsync(folder);
        foreach (var story in await stories.ListAsync())
        {
            await stories.DeleteAsync(story.Id);
        }

        var restart = await seeder.ImportIfEmptyAsync(folder);

        Assert.Equal(14, Assert.Single(restart!.Reports).Count(ImportAction.Skip));
        Assert.Empty(await stories.ListAsync());
    }

    [Fact]
    public async Task Deleting_a_story_of_ones_own_leaves_no_trace()
    {
        var stories = _database.Get<StoryService>();
        var own = await stories.CreateAsync(new StoryDraft { Title = "Mine", Questions = ["Tell me about a conflict with a coworker"] });

        await stories.DeleteAsync(own.Id);

        await using var db = await _database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.DeletedImports.ToListAsync());
        Assert.Equal(2, (await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"))).Count(ImportAction.Create));
    }

    [Fact]
    public async Task An_import_leaves_the_search_index_as_the_triggers_would()
    {
        await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        await Importer.ImportAsync(NotesParser.Parse(Notes.Replace("30% less", "40% less", StringComparison.Ordinal) + "\n## Tell me about a failure\nI shipped a bug.\n", "notes.md"));
        var imported = await SearchIndexAsync();

        // The import pauses the triggers and indexes once; making them index every story again must change nothing.
        await using (var db = await _database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM SearchIndexPause").SingleAsync());
            await db.Database.ExecuteSqlRawAsync("UPDATE Stories SET Title = Title;");
        }

        Assert.Equal(3, imported.Count);
        Assert.Equal(imported, await SearchIndexAsync());
        Assert.Contains(imported, row => row.Contains("40% less", StringComparison.Ordinal) && row.Contains("coworker", StringComparison.Ordinal));
        var found = await _database.Get<StorySearch>().FindAsync(new StoryQuery { Search = "shipped" });
        Assert.Equal("Tell me about a failure", Assert.Single(Assert.Single(found.Items).Questions));
    }

    [Fact]
    public async Task An_unedited_story_whose_notes_changed_is_updated()
    {
        var first = await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        var id = first.Items[0].StoryId!.Value;

        var report = await Importer.ImportAsync(NotesParser.Parse(Notes.Replace("30% less", "40% less", StringComparison.Ordinal), "notes.md"));

        Assert.Equal([ImportAction.Update, ImportAction.Unchanged], report.Items.Select(i => i.Action));
        var story = await _database.Get<StoryService>().GetAsync(id);
        Assert.Contains("40% less contention", story!.Sections.Outcome, StringComparison.Ordinal);
        Assert.Equal(2, story.Version);

        // Updated by an import, not edited by the person: the next change to the notes applies again.
        var again = await Importer.ImportAsync(NotesParser.Parse(Notes.Replace("30% less", "50% less", StringComparison.Ordinal), "notes.md"));
        Assert.Equal(ImportAction.Update, again.Items[0].Action);
    }

    [Fact]
    public async Task A_new_question_in_the_notes_is_added()
    {
        await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));

        var report = await Importer.ImportAsync(NotesParser.Parse(Notes + "\n## Tell me about a mistake you made\nI shipped a bug.\n", "notes.md"));

        Assert.Equal([ImportAction.Unchanged, ImportAction.Unchanged, ImportAction.Create], report.Items.Select(i => i.Action));
        Assert.Equal(3, (await _database.Get<StoryService>().ListAsync()).Count);
    }

    [Fact]
    public async Task A_story_that_breaks_a_rule_is_rejected_with_its_line_and_the_others_are_imported()
    {
        var notes = Notes + $"\n## Tell me about a long project\n{new string('x', StoryLimits.SectionLength + 1)}\n";

        var report = await Importer.ImportAsync(NotesParser.Parse(notes, "notes.md"));

        Assert.Equal([ImportAction.Create, ImportAction.Create, ImportAction.Reject], report.Items.Select(i => i.Action));
        Assert.Contains(report.Messages(), m => m.StartsWith("notes.md:8: ", StringComparison.Ordinal) && m.Contains("Situation must be at most", StringComparison.Ordinal));
        Assert.Equal(2, (await _database.Get<StoryService>().ListAsync()).Count);
    }

    [Fact]
    public async Task A_preview_writes_nothing_and_says_what_an_import_would_do()
    {
        await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        var before = await SnapshotAsync();

        var preview = await Importer.PreviewAsync(NotesParser.Parse(Notes + "\n## Tell me about a mistake you made\nI shipped a bug.\n", "notes.md"));

        Assert.Equal([ImportAction.Unchanged, ImportAction.Unchanged, ImportAction.Create], preview.Items.Select(i => i.Action));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_saving_leaves_the_database_as_it_was()
    {
        await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        var before = await SnapshotAsync();
        var failing = new ImportService(new FailingContextFactory(_database.ConnectionString, failOnInsert: 3), new StoryValidator(), TimeProvider.System);
        var bigger = NotesParser.Parse(
            Notes.Replace("30% less", "40% less", StringComparison.Ordinal)
                + string.Concat(Enumerable.Range(1, 5).Select(i => $"\n## Tell me about project {i}\nI built it.\n")),
            "notes.md");

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => failing.ImportAsync(bigger));

        Assert.Contains(InjectedFailure, Assert.IsType<SqliteException>(failure.InnerException).Message, StringComparison.Ordinal);

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_seed_is_imported_only_into_an_empty_database()
    {
        using var temporary = new TemporaryFolder();
        var folder = temporary.Path;
        File.Copy(ImportGold.TestDataPath("Seed", "interview-notes.md"), Path.Combine(folder, "interview-notes.md"));
        var seeder = _database.Get<SeedImporter>();

        var first = await seeder.ImportIfEmptyAsync(folder);
        var second = await seeder.ImportIfEmptyAsync(folder);

        Assert.Equal(14, Assert.Single(first!.Reports).Count(ImportAction.Create));
        Assert.Empty(first.Failures);
        Assert.Null(second);
        Assert.Equal(14, (await _database.Get<StoryService>().ListAsync()).Count);
    }

    private async Task<List<string>> SearchIndexAsync()
    {
        await using var db = await _database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<string>(
            "SELECT rowid || '|' || coalesce(title, '') || '|' || coalesce(questions, '') || '|' || coalesce(body, '') AS Value FROM StorySearch ORDER BY rowid").ToListAsync();
    }

    /// <summary>Everything an import could touch, as comparable text.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = await _database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        var stories = await db.Stories.AsNoTracking().Include(s => s.Questions).OrderBy(s => s.Id).ToListAsync();
        var questions = await db.Questions.AsNoTracking().OrderBy(q => q.Id).ToListAsync();
        return string.Join("\n", stories.Select(s =>
                $"{s.Id}|{s.Title}|{s.Sections.Situation}|{s.Sections.Role}|{s.Sections.Action}|{s.Sections.Outcome}|{s.Sections.Reflection}|{s.Sections.Notes}|{string.Join(",", s.Metrics)}|{s.FollowUps.Count}|{s.Version}|{s.ImportedVersion}|{s.ImportHash}|{s.UpdatedAt:O}|{string.Join(",", s.Questions.Select(q => q.Id))}")
            .Concat(questions.Select(q => $"Q{q.Id}|{q.Text}|{string.Join(",", q.Variants)}|{q.CategoryId}")));
    }

    /// <summary>
    /// Contexts whose Nth new story fails to insert, as a full disk or a crash mid-save would. The failure is a trigger in
    /// the database rather than an EF Core interceptor, so that it reaches every way the import writes.
    /// </summary>
    private sealed class FailingContextFactory(string connectionString, int failOnInsert) : IDbContextFactory<StoryBankDbContext>
    {
        private readonly FailingInsertTrigger _trigger = new(failOnInsert);

        // Its own connections: the trigger must not stay on a pooled connection that the test's other contexts reuse.
        public StoryBankDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<StoryBankDbContext>().UseSqlite(connectionString + ";Pooling=False").AddInterceptors(_trigger).Options);
    }

    private sealed class FailingInsertTrigger(int failOn) : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                CREATE TEMP TABLE InsertCount (N INTEGER NOT NULL);
                INSERT INTO InsertCount VALUES (0);
                CREATE TEMP TRIGGER FailingInsert BEFORE INSERT ON main.Stories BEGIN
                    UPDATE InsertCount SET N = N + 1;
                    SELECT RAISE(ABORT, '{InjectedFailure}') WHERE (SELECT N FROM InsertCount) = {failOn};
                END;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    [Fact]
    public async Task Notes_with_more_questions_than_SQLite_allows_parameters_can_be_imported()
    {
        // SQLite refuses a statement with more than 32,766 parameters; the import's lookup of earlier imports sent one
        // per question. The preview runs the same lookup without the minute of writing 33,000 stories.
        var stories = Enumerable.Range(1, 33_000)
            .Select(i => new ImportedStory { Question = $"Question number {i}?", Sections = new() { Situation = $"Situation {i}." }, Source = new ImportSource("many.md", i, i) })
            .ToList();
        var notes = new NotesImport { FileName = "many.md", Stories = stories, Warnings = [] };
        await Importer.ImportAsync(notes with { Stories = stories[..2] });

        var report = await Importer.PreviewAsync(notes);

        Assert.Equal(33_000, report.Items.Count);
        Assert.Equal(32_998, report.Count(ImportAction.Create));
        Assert.Equal(2, report.Count(ImportAction.Unchanged));
    }
}
