using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class StoryAssemblerTests
{
    [Fact]
    public void Roles_decide_the_stories_and_labels_probes_and_follow_ups_fill_them()
    {
        const string Notes = "## Tell me about a conflict\n**Situation:** Two teams wanted one slot.\n- What was your role?\n  I ran the release.\n- How did they react?\n  Calmly.\n";
        var outline = OutlineReader.Read(NoteBlockReader.Read(Notes));

        var import = StoryAssembler.Assemble(outline, RoleInference.Infer(outline), "notes.md", []);

        var story = Assert.Single(import.Stories);
        Assert.Equal("Two teams wanted one slot.", story.Situation);
        Assert.Equal("I ran the release.", story.Role);
        var followUp = Assert.Single(story.FollowUps);
        Assert.Equal(("How did they react?", "Calmly."), (followUp.Question, followUp.Answer));
    }

    [Fact]
    public void A_paragraph_the_person_marks_as_a_follow_up_becomes_one_with_the_rest_of_its_lines_as_answer()
    {
        var outline = OutlineReader.Read(NoteBlockReader.Read("## Tell me about a conflict\nWe argued.\n\nHow did it end\nWe agreed on a trial.\n"));
        var roles = RoleInference.Infer(outline, new RoleChoices { Blocks = [new BlockChoice(4, BlockRole.FollowUp)] });

        var import = StoryAssembler.Assemble(outline, roles, "notes.md", []);

        var followUp = Assert.Single(Assert.Single(import.Stories).FollowUps);
        Assert.Equal(("How did it end", "We agreed on a trial."), (followUp.Question, followUp.Answer));
    }

    [Fact]
    public void A_block_given_a_role_that_leaves_it_out_is_kept_in_a_warning_with_its_line()
    {
        var outline = OutlineReader.Read(NoteBlockReader.Read("## Tell me about a conflict\nWe argued.\n\nUnrelated aside.\n"));
        var roles = RoleInference.Infer(outline, new RoleChoices { Blocks = [new BlockChoice(4, BlockRole.Ignore)] });

        var import = StoryAssembler.Assemble(outline, roles, "notes.md", []);

        Assert.Equal("We argued.", Assert.Single(import.Stories).Situation);
        var warning = Assert.Single(import.Warnings);
        Assert.Equal(4, warning.Line);
        Assert.Equal("Unrelated aside.", warning.Kept);
    }
}
