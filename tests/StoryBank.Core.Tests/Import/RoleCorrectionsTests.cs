using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class RoleCorrectionsTests
{
    private const string Notes = """
        ## Conflict
        ### Tell me about a conflict with a coworker
        **Situation:** Two teams wanted the same cluster.
        ### Tell me about a time you disagreed with your manager
        **Situation:** My manager wanted to ship on Friday.
        """;

    [Fact]
    public void Applying_choices_reads_the_same_notes_again_with_them()
    {
        var inferred = NotesParser.Parse(Notes, "notes.md");
        var choices = new RoleChoices { Levels = new Dictionary<string, BlockRole> { ["h2"] = BlockRole.Question, ["h3"] = BlockRole.FollowUp } };

        var corrected = RoleCorrections.Apply(inferred, choices);

        Assert.Equal(ImportJson.Serialize(NotesParser.Parse(Notes, "notes.md", choices)), ImportJson.Serialize(corrected));
        Assert.Equal("Conflict", Assert.Single(corrected.Stories).Question);
    }

    [Fact]
    public void Applying_no_choices_gives_back_what_inference_decided()
    {
        var corrected = RoleCorrections.Apply(NotesParser.Parse(Notes, "notes.md", new RoleChoices { Levels = new Dictionary<string, BlockRole> { ["h3"] = BlockRole.Ignore } }), RoleChoices.None);

        Assert.Equal(ImportJson.Serialize(NotesParser.Parse(Notes, "notes.md")), ImportJson.Serialize(corrected));
    }

    [Fact]
    public void The_roles_of_the_corrected_notes_list_each_heading_with_its_line_level_text_and_chosen_role()
    {
        var choices = new RoleChoices { Blocks = [new BlockChoice(4, BlockRole.Ignore)] };

        var roles = RoleCorrections.Apply(NotesParser.Parse(Notes, "notes.md"), choices).Roles;

        Assert.Equal(
            [(1, "h2", "Conflict", BlockRole.Group), (2, "h3", "Tell me about a conflict with a coworker", BlockRole.Question), (4, "h3", "Tell me about a time you disagreed with your manager", BlockRole.Ignore)],
            roles.Blocks.Where(b => b.Level is "h2" or "h3").Select(b => (b.Line, b.Level, b.Text, b.Role)).ToArray());
    }
}
