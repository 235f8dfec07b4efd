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
        Assert.Equal("Two teams wanted one slot.", story.Sections.Situation);
        Assert.Equal("I ran the release.", story.Sections.Role);
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
        Assert.Equal("5 people on the rotation.", story.Sections.Situation);
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
    public void A_placeholder_heading_takes_the_question_or_the_bold_title_on_the_line_after_it()
    {
        const string Notes = "### Q4\nTell me about a time you led without a clear owner.\n- S: nobody owned the roadmap\n\n### Story 2\n**The intern project**\n- S: the intern had no project\n";

        var stories = NotesParser.Parse(Notes, "notes.md").Stories;

        Assert.Equal(
            [("Tell me about a time you led without a clear owner.", "", "nobody owned the roadmap"), ("", "The intern project", "the intern had no project")],
            stories.Select(s => (s.Question, s.Title, s.Sections.Situation)));
    }

    [Fact]
    public void Numbering_question_prefixes_and_emoji_are_not_part_of_the_question()
    {
        var stories = NotesParser.Parse("### Q2: Question: Describe a time you took a risk\nS: no tests.\n\n### Q4：你最大的缺点是什么？\nS: 太追求完美。\n\n## 🔥 Describe a crisis\nS: search was down.\n", "notes.md").Stories;

        Assert.Equal(["Describe a time you took a risk", "你最大的缺点是什么？", "Describe a crisis"], stories.Select(s => s.Question));
    }

    [Fact]
    public void A_comment_line_and_a_todo_go_to_notes_and_a_follow_up_comment_is_a_follow_up()
    {
        const string Notes = "### Tell me about a disagreement\n// this one always comes up\nS: the team wanted GraphQL\n// follow-up: \"would you decide differently?\" -> probably not\n\n### Tell me about your manager\nTODO\n";

        var stories = NotesParser.Parse(Notes, "notes.md").Stories;

        Assert.Equal(("this one always comes up", "the team wanted GraphQL"), (stories[0].Sections.Notes, stories[0].Sections.Situation));
        var followUp = Assert.Single(stories[0].FollowUps);
        Assert.Equal(("would you decide differently?", "probably not"), (followUp.Question, followUp.Answer));
        Assert.Equal(("TODO", ""), (stories[1].Sections.Notes, stories[1].Sections.Situation));
    }

    [Fact]
    public void The_unlabelled_answer_to_a_question_about_the_person_is_notes()
    {
        var story = Assert.Single(NotesParser.Parse("## What are you looking for in your next role?\nA team that owns a product end to end.\n", "notes.md").Stories);

        Assert.Equal(("", "A team that owns a product end to end."), (story.Sections.Situation, story.Sections.Notes));
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

        Assert.Equal("We argued.", Assert.Single(import.Stories).Sections.Situation);
        var warning = Assert.Single(import.Warnings);
        Assert.Equal(4, warning.Line);
        Assert.Equal("Unrelated aside.", warning.Kept);
    }

    [Fact]
    public void Obsidian_callouts_label_their_text_and_a_question_callout_is_a_follow_up()
    {
        const string Notes = "## Tell me about a hard call\n> [!info] Situation\n> The region was down.\n\n> [!note]- Action\n> Failed over reads first.\n\n> [!question] Would you do it again?\n> Yes, sooner.\n";

        var story = Assert.Single(NotesParser.Parse(Notes, "notes.md").Stories);

        Assert.Equal(("The region was down.", "Failed over reads first.", "", ""), (story.Sections.Situation, story.Sections.Action, story.Sections.Notes, story.Sections.Outcome));
        var followUp = Assert.Single(story.FollowUps);
        Assert.Equal(("Would you do it again?", "Yes, sooner."), (followUp.Question, followUp.Answer));
    }

    [Fact]
    public void A_notion_aside_is_markup_and_the_label_inside_it_still_counts()
    {
        const string Notes = "## Tell me about a launch\n\nCategory: Impact\n\n<aside>\n📍 **Situation:** Mobile users could not approve.\n\n</aside>\n\n**Result:** 30% of approvals moved to mobile.\n";

        var import = NotesParser.Parse(Notes, "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal(("impact", "Mobile users could not approve.", "30% of approvals moved to mobile.", 10), (story.Category, story.Sections.Situation, story.Sections.Outcome, story.Source.EndLine));
        Assert.Empty(import.Warnings);
    }

    [Fact]
    public void A_weakness_answer_opens_with_the_weakness_as_its_situation()
    {
        const string Notes = "- What's your biggest weakness?\n    - I take on too much myself.\n    - Working on it: I now ask who else could do it.\n";

        var story = Assert.Single(NotesParser.Parse(Notes, "notes.md").Stories);

        Assert.Equal(("I take on too much myself.", "Working on it: I now ask who else could do it.", ""), (story.Sections.Situation, story.Sections.Action, story.Sections.Notes));
    }

    [Fact]
    public void A_story_a_grid_names_takes_the_questions_it_is_ticked_for_and_an_unticked_question_is_a_story_of_its_own()
    {
        const string Notes = "| Question | Billing migration | On-call cleanup |\n|---|---|---|\n| Tell me about a conflict | ✓ | |\n| Describe a failure | ✓ | |\n"
            + "| Tell me about a difficult customer | | |\n\n## Billing migration\n- **S:** batch invoices\n\n## On-call cleanup\n- **S:** too many pages\n";
        var outline = OutlineReader.Read(NoteBlockReader.Read(Notes));

        var stories = StoryAssembler.Assemble(outline, RoleInference.Infer(outline), "notes.md", []).Stories;

        Assert.Equal(
            [("Tell me about a difficult customer", "", ""), ("Tell me about a conflict", "Describe a failure", "Billing migration"), ("", "", "On-call cleanup")],
            stories.Select(s => (s.Question, string.Join("|", s.Variants), s.Title)));
        Assert.Equal("conflict", stories[1].Category);
    }

    [Fact]
    public void Prompt_items_under_a_question_label_the_section_they_name_and_other_prompts_are_follow_ups()
    {
        const string Notes = "### Tell me about a project you led\n- Impact: vendor cancelled\n- What went well\n  - the waves\n- What I would change\n  - start the docs earlier\n- what went well? marketing stayed put\n- What did you do?\n";
        var outline = OutlineReader.Read(NoteBlockReader.Read(Notes));

        var story = Assert.Single(StoryAssembler.Assemble(outline, RoleInference.Infer(outline), "notes.md", []).Stories);

        Assert.Equal(("vendor cancelled", "start the docs earlier", "", ""), (story.Sections.Outcome, story.Sections.Reflection, story.Sections.Action, story.Sections.Notes));
        Assert.Equal([("What went well", "the waves"), ("what went well?", "marketing stayed put")], story.FollowUps.Select(f => (f.Question, f.Answer)));
        Assert.Equal(8, story.Source.EndLine);
    }

    [Fact]
    public void Unlabelled_items_answering_a_story_question_tell_it_in_order()
    {
        const string Notes = "- Tell me about a time you helped a teammate?\n  - Marco was new to Kotlin.\n  - I set up two pairing sessions a week.\n  - He shipped the sync feature on his own.\n";
        var outline = OutlineReader.Read(NoteBlockReader.Read(Notes));

        var story = Assert.Single(StoryAssembler.Assemble(outline, RoleInference.Infer(outline), "notes.md", []).Stories);

        Assert.Equal(
            ("Marco was new to Kotlin.", "I set up two pairing sessions a week.", "He shipped the sync feature on his own.", ""),
            (story.Sections.Situation, story.Sections.Action, story.Sections.Outcome, story.Sections.Notes));
    }

    [Fact]
    public void Unlabelled_items_answering_a_question_about_the_person_are_notes()
    {
        const string Notes = "* Why Shopify?\n    * I've run a shop on it for years\n    * merchant tools, not ads\n";
        var outline = OutlineReader.Read(NoteBlockReader.Read(Notes));

        var story = Assert.Single(StoryAssembler.Assemble(outline, RoleInference.Infer(outline), "notes.md", []).Stories);

        Assert.Equal(("I've run a shop on it for years\nmerchant tools, not ads", ""), (story.Sections.Notes, story.Sections.Situation));
    }

    [Fact]
    public void A_label_with_its_text_on_an_item_labels_that_item_and_the_next_item_is_read_for_itself()
    {
        const string Notes = "1. Tell me about a time you simplified a system\n   - situation: three overlapping crons\n   - the catch: one team owned a cron\n   - I merged them into one job\n";
        var outline = OutlineReader.Read(NoteBlockReader.Read(Notes));

        var story = Assert.Single(StoryAssembler.Assemble(outline, RoleInference.Infer(outline), "notes.md", []).Stories);

        Assert.Equal(("three overlapping crons\nthe catch: one team owned a cron", "I merged them into one job"), (story.Sections.Situation, story.Sections.Action));
    }
}
