using System.Text;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Data;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages.Import;

namespace StoryBank.Web.Tests.Components.Pages.Import;

public sealed class ImportNotesTests : BunitContext, IAsyncLifetime
{
    // Generous: the page reads, parses and queries a real database between the event and the markup.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "TestData", "interview-notes.md");

    private const string Notes = """
        ## What is your favourite colour?
        Blue, mostly.

        ## Tell me about a conflict with a coworker
        My job was to ship the billing API. We disagreed about retries, so I wrote a design doc. In the end we agreed on idempotency keys, resulting in 30% fewer duplicate charges.
        """;

    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton(_database.Get<ImportService>());
        Services.AddSingleton(_database.Get<CategoryService>());
        Services.AddSingleton(_database.Get<RoleChoicesStore>());
        Services.AddSingleton(_database.Get<DatabaseFile>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_seed_notes_preview_one_row_per_question_that_will_be_created_and_save_nothing()
    {
        var expected = NotesFile.Parse(await File.ReadAllBytesAsync(SeedPath), "interview-notes.md");
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromBinary(await File.ReadAllBytesAsync(SeedPath), "interview-notes.md"));

        var rows = page.FindAll("table.import-table tbody tr");
        Assert.Equal(expected.Stories.Count, rows.Count);
        Assert.Equal(14, rows.Count);
        Assert.Equal(expected.Stories.Select(s => s.Question), rows.Select(r => Cell(r, "question-text")));
        Assert.All(rows, row => Assert.Equal("will be created", Cell(row, "action")));
        Assert.Equal("14 stories: 14 will be created.", page.Find(".preview .summary").TextContent);

        var conflict = Row(page, 6);
        Assert.Equal("Conflict with peers", Cell(conflict, "category"));
        Assert.Equal("also: coworker was difficult to work with", Cell(conflict, "variants"));
        Assert.Equal("1", Cell(conflict, "follow-ups"));
        var disagreement = Row(page, 35);
        Assert.Equal("Filled: Situation, Role, Action, Outcome.", disagreement.QuerySelector(".star .visually-hidden")!.TextContent);
        Assert.Equal(4, disagreement.QuerySelectorAll(".star-mark.is-filled").Length);
        Assert.Equal("1", Cell(disagreement, "metrics"));
        Assert.StartsWith("35–", Cell(disagreement, "source"), StringComparison.Ordinal);
        Assert.Equal("Filled: Situation, Role. Empty: Action, Outcome.", Row(page, 1).QuerySelector(".star .visually-hidden")!.TextContent);

        var warnings = page.FindAll(".warnings li").Select(w => w.TextContent).ToList();
        Assert.Equal(expected.Warnings.Select(w => $"line {w.Line}: {w.Message}"), warnings);
        Assert.Contains("line 88: Empty bullet: this list item has no text.", warnings);
        Assert.False(page.Find("button.import-button").HasAttribute("disabled"));
        Assert.Empty(await _database.Get<StoryService>().ListAsync());
    }

    [Fact]
    public async Task Import_saves_the_previewed_stories_and_links_to_each_one()
    {
        var page = Render<ImportNotes>();
        Upload(page, InputFileContent.CreateFromBinary(await File.ReadAllBytesAsync(SeedPath), "interview-notes.md"));

        ClickImport(page);

        Assert.Equal(
            "14 created, 0 updated, 0 unchanged, 0 skipped (changed in the app since they were imported)",
            page.Find(".result .summary").TextContent);
        Assert.Empty(page.FindAll("table.import-table"));
        var stories = await _database.Get<StoryService>().ListAsync();
        Assert.Equal(14, stories.Count);
        var links = page.FindAll(".imported-stories a");
        Assert.Equal(
            stories.Select(s => $"stories/{s.Id}").Order(StringComparer.Ordinal),
            links.Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        var conflictLink = links.Single(a => a.TextContent == "Tell me about a conflict with a coworker");
        var conflict = stories.Single(s => conflictLink.GetAttribute("href") == $"stories/{s.Id}");
        Assert.Equal(["Tell me about a conflict with a coworker"], conflict.Questions);
        Assert.Equal("conflict", conflict.CategorySlug);
        Assert.All(page.FindAll(".imported-stories .action"), a => Assert.Equal("created", a.TextContent));
    }

    [Fact]
    public async Task The_same_notes_uploaded_again_preview_as_unchanged_with_nothing_to_import()
    {
        await ImportDirectlyAsync(Notes, "notes.md");
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromText(Notes, "notes.md"));

        var actions = page.FindAll("table.import-table tbody tr").Select(r => Cell(r, "action")).ToList();
        Assert.Equal(["unchanged", "unchanged"], actions);
        Assert.True(page.Find("button.import-button").HasAttribute("disabled"));
        Assert.Contains("Nothing to import", page.Find(".preview .actions").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_notes_preview_as_updated_and_import_updates_the_story()
    {
        var first = await ImportDirectlyAsync(Notes, "notes.md");
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromText(Notes.Replace("Blue, mostly.", "Green, since last year.", StringComparison.Ordinal), "notes.md"));

        Assert.Equal("will be updated", Cell(Row(page, 1), "action"));
        Assert.Equal("unchanged", Cell(Row(page, 4), "action"));
        ClickImport(page);
        Assert.StartsWith("0 created, 1 updated, 1 unchanged", page.Find(".result .summary").TextContent, StringComparison.Ordinal);
        var colour = await _database.Get<StoryService>().GetAsync(first.Items[0].StoryId!.Value);
        Assert.Equal("Green, since last year.", colour!.Sections.Situation);
    }

    [Fact]
    public async Task A_story_edited_in_the_app_previews_as_skipped_with_the_reason()
    {
        var imported = await ImportDirectlyAsync(Notes, "notes.md");
        var stories = _database.Get<StoryService>();
        var id = imported.Items[1].StoryId!.Value;
        var story = (await stories.GetAsync(id))!;
        var draft = StoryDraft.From(story);
        draft.Title = "Retries and idempotency keys";
        await stories.UpdateAsync(id, draft, story.Version);
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromText(Notes, "notes.md"));

        var edited = Row(page, 4);
        Assert.Equal("skipped (edited in the app)", Cell(edited, "action"));
        Assert.Contains("was changed in the app since it was imported", Cell(edited, "reason"), StringComparison.Ordinal);
        Assert.Equal("unchanged", Cell(Row(page, 1), "action"));
        Assert.True(page.Find("button.import-button").HasAttribute("disabled"));
        Assert.Equal("Retries and idempotency keys", (await stories.GetAsync(id))!.Title);
    }

    [Fact]
    public async Task A_story_deleted_in_the_app_previews_as_skipped_and_can_be_brought_back()
    {
        var imported = await ImportDirectlyAsync(Notes, "notes.md");
        await _database.Get<StoryService>().DeleteAsync(imported.Items[1].StoryId!.Value);
        var page = Render<ImportNotes>();
        Upload(page, InputFileContent.CreateFromText(Notes, "notes.md"));
        Assert.Equal("skipped (deleted in the app)", Cell(Row(page, 4), "action"));
        Assert.True(page.Find("button.import-button").HasAttribute("disabled"));

        page.Find("#bring-back-deleted").Change(true);
        page.WaitForAssertion(() => Assert.Equal("will be brought back", Cell(Row(page, 4), "action")), Wait);
        ClickImport(page);

        Assert.Equal("1 created, 0 updated, 1 unchanged, 0 skipped (changed in the app since they were imported)", page.Find(".result .summary").TextContent);
        Assert.Contains("brought back", page.Find(".imported-stories li[data-line='4'] .action").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await _database.Get<StoryService>().ListAsync()).Count);
    }

    [Fact]
    public async Task A_story_that_breaks_a_rule_previews_as_rejected_and_the_others_still_import()
    {
        var tooLong = string.Join(' ', Enumerable.Repeat("Blue.", StoryLimits.SectionLength / 5 + 10));
        var notes = Notes.Replace("Blue, mostly.", tooLong, StringComparison.Ordinal);
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromText(notes, "notes.md"));

        var rejected = Row(page, 1);
        Assert.Equal("rejected", Cell(rejected, "action"));
        Assert.Contains("was not imported", Cell(rejected, "reason"), StringComparison.Ordinal);
        Assert.Equal("will be created", Cell(Row(page, 4), "action"));
        ClickImport(page);
        Assert.EndsWith("1 rejected (see below)", page.Find(".result .summary").TextContent, StringComparison.Ordinal);
        var listed = page.FindAll(".imported-stories li");
        Assert.Empty(listed[0].QuerySelectorAll("a"));
        Assert.Single(listed[1].QuerySelectorAll("a"));
        var saved = Assert.Single(await _database.Get<StoryService>().ListAsync());
        Assert.Equal(["Tell me about a conflict with a coworker"], saved.Questions);
    }

    [Fact]
    public void A_question_with_no_category_says_so()
    {
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromText(Notes, "notes.md"));

        Assert.Equal("no category", Cell(Row(page, 1), "category"));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x23, 0x20, 0x48, 0x69, 0x0A, 0x00, 0x01, 0x02 })]
    [InlineData(new byte[] { 0x4E, 0x6F, 0x20, 0x71, 0x75, 0x65, 0x73, 0x74, 0x69, 0x6F, 0x6E, 0x20, 0x68, 0x65, 0x72, 0x65, 0x2E })]
    public async Task A_file_that_cannot_be_imported_shows_the_one_line_reason_and_no_table(byte[] content)
    {
        var expected = Assert.Throws<NotesImportException>(() => NotesFile.Parse(content, "bad.md")).Message;
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromBinary(content, "bad.md"));

        var alert = page.Find("[role=alert]");
        Assert.Equal(expected, alert.TextContent);
        Assert.StartsWith("bad.md:", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', alert.TextContent);
        Assert.Empty(page.FindAll("table"));
        Assert.Empty(page.FindAll("button.import-button"));
        Assert.Single(page.FindComponents<InputFile>());
        Assert.Empty(await _database.Get<StoryService>().ListAsync());
    }

    [Fact]
    public void A_file_over_5_MB_shows_its_size_and_the_limit()
    {
        var page = Render<ImportNotes>();
        var content = Encoding.UTF8.GetBytes("## Why us?\n" + new string('x', (int)NotesFile.MaxBytes + 300_000));

        Upload(page, InputFileContent.CreateFromBinary(content, "huge.md"));

        Assert.Equal(
            "huge.md is 5.3 MB; notes files can be at most 5 MB. Split the notes into smaller files and import each one.",
            page.Find("[role=alert]").TextContent);
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void A_file_of_exactly_5_MB_is_read()
    {
        var page = Render<ImportNotes>();
        var head = Encoding.UTF8.GetBytes("## Why us?\n");
        var content = head.Concat(Enumerable.Repeat((byte)'x', (int)NotesFile.MaxBytes - head.Length)).ToArray();

        Upload(page, InputFileContent.CreateFromBinary(content, "big.md"));

        Assert.Empty(page.FindAll("[role=alert]"));
        Assert.Single(page.FindAll("table.import-table tbody tr"));
    }

    [Fact]
    public void Choose_another_file_goes_back_to_an_empty_file_chooser()
    {
        var page = Render<ImportNotes>();
        Upload(page, InputFileContent.CreateFromText(Notes, "notes.md"));

        page.Find("button.choose-another").Click();

        Assert.Empty(page.FindAll("table"));
        Assert.Equal("Notes file", page.Find("label[for=notes-file]").TextContent);
        var input = page.Find("input#notes-file");
        Assert.Equal(".md,.markdown,text/markdown", input.GetAttribute("accept"));
        Assert.False(input.HasAttribute("disabled"));
    }

    [Fact]
    public void Quotes_nested_3000_deep_show_a_message_and_the_file_chooser_works_again()
    {
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromText($"## Tell me about a deep topic?\n{new string('>', 3000)}the bottom\n", "deep.md"));

        Assert.Equal("deep.md: lists or quotes are nested too deeply to read (more than 32 levels); flatten them and try again.", page.Find("[role=alert]").TextContent);
        AssertUsableAgain(page);
    }

    [Fact]
    public async Task A_damaged_database_during_the_preview_shows_what_to_do_and_the_file_chooser_works_again()
    {
        var page = Render<ImportNotes>();
        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(_database.FilePath, FileMode.Open, FileAccess.Write))
        {
            await file.WriteAsync(Enumerable.Repeat((byte)0xA5, 4096).ToArray());
        }

        Upload(page, InputFileContent.CreateFromText(Notes, "notes.md"));

        Assert.Equal(
            $"The database {_database.FilePath} is damaged, so nothing was written to it. Restore it from a backup (storybank restore BACKUP.json --db NEW.db), or move it aside to start a new one.",
            page.Find("[role=alert]").TextContent);
        AssertUsableAgain(page);
    }

    [Fact]
    public void A_large_file_previews_one_page_of_rows_and_Next_shows_the_following_ones()
    {
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromText(ManyQuestions(120), "many.md"));

        Assert.Equal("120 stories: 120 will be created.", page.Find(".preview .summary").TextContent);
        Assert.Equal(Questions(1, 50), page.FindAll("table.import-table tbody tr").Select(r => Cell(r, "question-text")));
        Assert.Equal("Page 1 of 3", page.Find("nav[aria-label='Pages of the preview'] .pager-position").TextContent);
        Assert.True(page.Find("nav[aria-label='Pages of the preview'] .pager-previous").HasAttribute("disabled"));

        page.Find("nav[aria-label='Pages of the preview'] .pager-next").Click();
        page.Find("nav[aria-label='Pages of the preview'] .pager-next").Click();

        Assert.Equal(Questions(101, 120), page.FindAll("table.import-table tbody tr").Select(r => Cell(r, "question-text")));
        Assert.Equal("Page 3 of 3", page.Find("nav[aria-label='Pages of the preview'] .pager-position").TextContent);
        Assert.True(page.Find("nav[aria-label='Pages of the preview'] .pager-next").HasAttribute("disabled"));
    }

    [Fact]
    public void A_large_import_lists_the_imported_stories_a_page_at_a_time_from_the_first()
    {
        var page = Render<ImportNotes>();
        Upload(page, InputFileContent.CreateFromText(ManyQuestions(60), "many.md"));
        page.Find("nav[aria-label='Pages of the preview'] .pager-next").Click();

        ClickImport(page);

        Assert.Equal(Questions(1, 50), page.FindAll(".imported-stories li a").Select(a => a.TextContent));
        page.Find("nav[aria-label='Pages of imported stories'] .pager-next").Click();
        Assert.Equal(Questions(51, 60), page.FindAll(".imported-stories li a").Select(a => a.TextContent));
    }

    [Fact]
    public void More_warnings_than_a_page_show_a_page_at_a_time()
    {
        var notes = "## Tell me about a conflict?\nWe argued.\n\n" + string.Concat(Enumerable.Range(1, 70).Select(i => $"## Empty list {i}\n\n-\n\n"));
        var expected = NotesFile.Parse(Encoding.UTF8.GetBytes(notes), "empty.md").Warnings.Select(w => $"line {w.Line}: {w.Message}").ToList();
        var page = Render<ImportNotes>();

        Upload(page, InputFileContent.CreateFromText(notes, "empty.md"));

        Assert.InRange(expected.Count, ImportWarningList.PageSize + 1, 2 * ImportWarningList.PageSize);
        Assert.Equal(expected.Take(ImportWarningList.PageSize), page.FindAll(".warnings li").Select(w => w.TextContent));
        page.Find("nav[aria-label='Pages of warnings'] .pager-next").Click();
        Assert.Equal(expected.Skip(ImportWarningList.PageSize), page.FindAll(".warnings li").Select(w => w.TextContent));
    }

    private static string ManyQuestions(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"## Tell me about project {i}?\nI led project {i} and shipped it.\n\n"));

    private static IEnumerable<string> Questions(int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(i => $"Tell me about project {i}?");

    private static void AssertUsableAgain(IRenderedComponent<ImportNotes> page)
    {
        Assert.Empty(page.FindAll("p.busy"));
        Assert.Empty(page.FindAll("table"));
        Assert.False(page.Find("input#notes-file").HasAttribute("disabled"));
    }

    private static void Upload(IRenderedComponent<ImportNotes> page, InputFileContent file)
    {
        page.FindComponent<InputFile>().UploadFiles(file);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("table.import-table, [role=alert]")), Wait);
    }

    private static void ClickImport(IRenderedComponent<ImportNotes> page)
    {
        page.Find("button.import-button").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".result .summary")), Wait);
    }

    private async Task<ImportReport> ImportDirectlyAsync(string notes, string fileName) =>
        await _database.Get<ImportService>().ImportAsync(NotesFile.Parse(Encoding.UTF8.GetBytes(notes), fileName));

    private static IElement Row(IRenderedComponent<ImportNotes> page, int line) =>
        page.Find($"table.import-table tbody tr[data-line='{line}']");

    private static string Cell(IElement row, string className) => row.QuerySelector($".{className}")!.TextContent.Trim();
}
