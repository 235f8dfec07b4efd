using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Coaching;
using StoryBank.Core.Data;
using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class SectionTextTests : IAsyncLifetime
{
    private const string Blank = " \t\r\n\u00A0\u2003 ";

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("", false)]
    [InlineData(Blank, false)]
    [InlineData("x", true)]
    [InlineData("  **Done.**\n", true)]
    public void A_section_is_filled_when_it_holds_anything_but_white_space(string text, bool filled)
    {
        Assert.Equal(filled, SectionText.IsFilled(text));
        Assert.Equal(filled ? text : "", SectionText.Normalize(text));
    }

    [Fact]
    public async Task White_space_alone_is_stored_as_empty_by_the_editor_and_by_the_import()
    {
        var stories = _database.Get<StoryService>();
        var written = await stories.CreateAsync(new StoryDraft
        {
            Title = "Quotas", Sections = new() { Situation = Blank, Role = "  I led it.  ", Action = Blank, Outcome = "\n", Reflection = Blank, Notes = Blank },
            FollowUps = [new FollowUp { Question = "Why?", Answer = Blank }],
        });
        var imported = new ImportedStory { Question = "Why this company?", Sections = new() { Situation = Blank, Outcome = Blank, Notes = "kept" }, Source = new ImportSource("notes.md", 1, 2) };
        var report = await _database.Get<ImportService>().ImportAsync(new NotesImport { FileName = "notes.md", Stories = [imported], Warnings = [] });

        var story = (await stories.GetAsync(written.Id))!;
        Assert.Equal(("", "  I led it.  ", "", "", "", ""), (story.Sections.Situation, story.Sections.Role, story.Sections.Action, story.Sections.Outcome, story.Sections.Reflection, story.Sections.Notes));
        Assert.Equal("", Assert.Single(story.FollowUps).Answer);
        var fromNotes = (await stories.GetAsync(report.Items[0].StoryId!.Value))!;
        Assert.Equal(("", "", "kept"), (fromNotes.Sections.Situation, fromNotes.Sections.Outcome, fromNotes.Sections.Notes));
    }

    [Fact]
    public async Task A_white_space_section_already_in_the_database_is_empty_on_the_grid_in_the_list_in_coaching_and_in_the_export()
    {
        var conflict = (await _database.Get<CategoryService>().ListAsync()).Single(c => c.Slug == "conflict").Id;
        var story = await _database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Quotas", CategoryId = conflict, Sections = new() { Situation = "s", Role = "r", Action = "I a", Outcome = "o" }});
        await using (var db = await _database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync())
        {
            await db.Stories.Where(s => s.Id == story.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Sections.Outcome, Blank));
        }

        var grid = (await _database.Get<CategoryService>().CoverageAsync()).Single(c => c.Slug == "conflict");
        var listed = Assert.Single(await _database.Get<StoryService>().ListAsync());
        var searched = Assert.Single((await _database.Get<StorySearch>().FindAsync(new StoryQuery { Sort = StorySort.Readiness })).Items);
        var matched = Assert.Single((await _database.Get<StorySearch>().FindAsync(new StoryQuery { Search = "quotas", Sort = StorySort.Readiness })).Items);
        var findings = await _database.Get<CoachingService>().ForStoryAsync(story.Id);
        var complete = await _database.Get<ExportService>().LoadAsync(new ExportSelection { OnlyComplete = true });

        Assert.Equal(3, Assert.Single(grid.Stories).FilledStarSections);
        Assert.Equal(3, listed.FilledStarSections);
        Assert.Equal(3, searched.FilledStarSections);
        Assert.Equal(story.Id, matched.Id);
        Assert.Contains(findings, f => f.CheckId == CoachingChecks.EmptyOutcome);
        Assert.Empty(complete);
    }
}
