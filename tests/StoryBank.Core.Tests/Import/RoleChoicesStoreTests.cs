using System.Text.Json;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class RoleChoicesStoreTests : IAsyncLifetime
{
    // Read as inferred: "Conflict" is a category and each level-3 heading a question, two stories.
    private const string Notes = """
        ## Conflict
        ### Tell me about a conflict with a coworker
        **Situation:** Two teams wanted the same cluster.
        **Action:** I set up a meeting with both leads.
        ### Tell me about a time you disagreed with your manager
        **Situation:** My manager wanted to ship on Friday.
        **Action:** I showed the open bugs.
        """;

    // The person's reading: the level-2 heading is the question, the level-3 ones are its follow-ups.
    private static readonly RoleChoices Choices = new()
    {
        Levels = new Dictionary<string, BlockRole> { ["h2"] = BlockRole.Question, ["h3"] = BlockRole.FollowUp },
    };

    private TestDatabase _database = null!;

    private ImportService Importer => _database.Get<ImportService>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public void The_choices_change_how_the_notes_read()
    {
        Assert.Equal(2, NotesParser.Parse(Notes, "notes.md").Stories.Count);
        Assert.Single(NotesParser.Parse(Notes, "notes.md", Choices).Stories);
    }

    [Fact]
    public async Task Choices_saved_on_import_are_applied_when_the_same_file_is_imported_again_without_choices()
    {
        var first = await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md", Choices));
        var created = Assert.Single(first.Items);

        var preview = await Importer.PreviewAsync(NotesParser.Parse(Notes, "notes.md"));
        var again = await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md"));

        Assert.Equal(JsonSerializer.Serialize(created.Story), JsonSerializer.Serialize(Assert.Single(preview.Items).Story));
        var item = Assert.Single(again.Items);
        Assert.Equal(ImportAction.Unchanged, item.Action);
        Assert.Equal(Choices.Levels, (await _database.Get<RoleChoicesStore>().LoadAsync("notes.md"))!.Levels);
    }

    [Fact]
    public async Task Choices_saved_for_one_file_are_not_applied_to_another()
    {
        await Importer.ImportAsync(NotesParser.Parse(Notes, "mine.md", Choices));

        var other = await Importer.ImportAsync(NotesParser.Parse(Notes, "theirs.md"));

        Assert.Equal(2, other.Count(ImportAction.Create));
        Assert.Null(await _database.Get<RoleChoicesStore>().LoadAsync("theirs.md"));
    }

    [Fact]
    public async Task Choices_given_with_the_notes_win_over_the_saved_ones()
    {
        await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md", Choices));

        var report = await Importer.PreviewAsync(NotesParser.Parse(Notes, "notes.md", RoleChoices.None));

        Assert.Equal(2, report.Items.Count);
    }

    [Fact]
    public async Task Importing_with_no_choices_at_all_forgets_the_saved_ones()
    {
        await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md", Choices));

        await Importer.ImportAsync(NotesParser.Parse(Notes, "notes.md", RoleChoices.None));

        Assert.Null(await _database.Get<RoleChoicesStore>().LoadAsync("notes.md"));
        Assert.Equal(2, (await Importer.PreviewAsync(NotesParser.Parse(Notes, "notes.md"))).Items.Count);
    }
}
