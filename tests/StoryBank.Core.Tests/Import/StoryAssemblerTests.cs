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
    public void A_line_naming_what_the_story_answers_gives_its_question_and_category_and_is_not_left_in_situation()
    {
        const string Notes = "## Story: On-call cleanup\nUse for: ownership, prioritization, \"tell me about something you improved\"\n**Situation:** 5 people on the rotation.\n";
        var outline = OutlineReader.Read(NoteBlockReader.Read(Notes));

        var story = Assert.Single(StoryAssembler.Assemble(outline, RoleInference.Infer(outline), "notes.md", []).Stories);

        Assert.Equal(("tell me about something you improved", "ownership", "On-call cleanup"), (story.Question, story.Category, story.Title));
        Assert.Equal("5 people on the rotation.", story.Situation);
    }

    [Fact]
    public void A_follow_up_written_with_an_ascii_arrow_keeps_its_answer_apart()
    {
        const string Notes = "## Tell me about a conflict\nWe argued.\n\n- Follow-ups:\n  - Who decided? -> the CTO\n";
        var outline = OutlineReader.Read(NoteBlockReader.Read(Notes));

        var story = Assert.Single(StoryAssembler.Assemble(outline, RoleInference.Infer(outline), "notes.md", []).Stories);

        var followUp = Assert.Single(story.FollowUps);
        Assert.Equal(("Who decided?", "the CTO"), (followUp.Question, followUp.Answer));
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
