using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

/// <summary>The Import page's choices (<see cref="RoleCorrections"/>) and a roles file (<c>--roles</c>) read notes the same way.</summary>
public sealed class RoleChoicesPathsTests : IDisposable
{
    // Two categories, each over two questions; the second category has a STAR heading and a probe.
    private const string Notes = """
        ## Leadership
        ### Tell me about a time you led without authority
        **Situation:** Two teams wanted the same cluster.
        **Action:** I set up a meeting with both leads.
        ### Describe a time you mentored someone
        **Situation:** A new hire was stuck on the build.

        ## Conflict
        ### Tell me about a conflict with a coworker
        #### Situation
        We disagreed on the schema.
        #### What would you do differently?
        Talk earlier.
        """;

    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string, string> EveryRoleForEachLevel()
    {
        var data = new TheoryData<string, string>();
        foreach (var level in new[] { "h2", "h3", "h4" })
        {
            foreach (var role in new[] { "answer", "question", "storyTitle", "group", "sectionLabel", "followUp", "meta", "notes", "ignore" })
            {
                data.Add(level, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRoleForEachLevel))]
    public async Task A_level_chosen_on_the_page_reads_the_notes_as_the_same_choice_in_a_roles_file(string level, string role)
    {
        var page = RoleCorrections.Apply(NotesParser.Parse(Notes, "notes.md"), new RoleChoices { Levels = new Dictionary<string, BlockRole> { [level] = Enum.Parse<BlockRole>(role, ignoreCase: true) } });

        var file = await ReadOrNoneAsync($$"""{ "levels": { "{{level}}": "{{role}}" } }""");

        // A file read into no story is refused at the command line; the page shows an empty preview with nothing to import.
        Assert.Equal(file is null ? null : ImportJson.SerializeWithRoles(file), page.Stories.Count == 0 ? null : ImportJson.SerializeWithRoles(page));
    }

    [Theory]
    [InlineData("answer")]
    [InlineData("question")]
    [InlineData("storyTitle")]
    [InlineData("group")]
    [InlineData("sectionLabel")]
    [InlineData("followUp")]
    [InlineData("meta")]
    [InlineData("notes")]
    [InlineData("ignore")]
    public async Task A_block_chosen_on_the_page_reads_the_notes_as_the_same_choice_in_a_roles_file(string role)
    {
        var page = RoleCorrections.Apply(NotesParser.Parse(Notes, "notes.md"), new RoleChoices { Blocks = [new BlockChoice(5, Enum.Parse<BlockRole>(role, ignoreCase: true))] });

        var file = await ReadOrNoneAsync($$"""{ "blocks": [ { "line": 5, "role": "{{role}}" } ] }""");

        Assert.Equal(file is null ? null : ImportJson.SerializeWithRoles(file), page.Stories.Count == 0 ? null : ImportJson.SerializeWithRoles(page));
    }

    [Fact]
    public async Task Meta_for_level_2_headings_leaves_out_every_story_under_them_both_ways()
    {
        var page = RoleCorrections.Apply(NotesParser.Parse(Notes, "notes.md"), new RoleChoices { Levels = new Dictionary<string, BlockRole> { ["h2"] = BlockRole.Meta } });
        var file = await ReadOrNoneAsync("""{ "levels": { "h2": "meta" } }""");

        Assert.Empty(page.Stories);
        Assert.Null(file);
    }

    [Fact]
    public async Task Meta_for_one_heading_leaves_out_its_section_and_keeps_the_next_one_both_ways()
    {
        var page = RoleCorrections.Apply(NotesParser.Parse(Notes, "notes.md"), new RoleChoices { Blocks = [new BlockChoice(1, BlockRole.Meta)] });
        var file = (await ReadOrNoneAsync("""{ "blocks": [ { "line": 1, "role": "meta" } ] }"""))!;

        Assert.Equal(["Tell me about a conflict with a coworker"], page.Stories.Select(s => s.Question));
        Assert.Equal(["Tell me about a conflict with a coworker"], file.Stories.Select(s => s.Question));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The notes read as <c>storybank import notes.md --roles roles.json</c> reads them; null when it refuses them (no story).</summary>
    private async Task<NotesImport?> ReadOrNoneAsync(string rolesJson)
    {
        var notes = Path.Combine(_folder.Path, "notes.md");
        var roles = Path.Combine(_folder.Path, "roles.json");
        await File.WriteAllTextAsync(notes, Notes);
        await File.WriteAllTextAsync(roles, rolesJson);
        try
        {
            return await NotesFile.ReadAsync(notes, RoleChoices.FromJson(await File.ReadAllTextAsync(roles)));
        }
        catch (NotesImportException)
        {
            return null;
        }
    }
}
