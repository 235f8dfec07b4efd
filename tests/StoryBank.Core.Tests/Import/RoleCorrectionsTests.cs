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
}
