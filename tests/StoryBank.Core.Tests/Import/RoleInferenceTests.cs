using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class RoleInferenceTests
{
    [Fact]
    public void A_topic_heading_over_question_headings_is_a_group_and_its_questions_take_its_category()
    {
        var roles = Infer("# My prep\n## Conflict\n### Tell me about a disagreement\nWe argued.\n#### Situation\nIt was late.\n");

        Assert.Equal(
            [BlockRole.Meta, BlockRole.Group, BlockRole.Question, BlockRole.Answer, BlockRole.SectionLabel, BlockRole.Answer],
            roles.Select(r => r.Role));
        Assert.Equal("conflict", roles[2].Category);
    }

    [Fact]
    public void A_heading_over_a_line_naming_what_the_story_answers_is_a_story_title()
    {
        var roles = Infer("### 1. Payments outage\nLPs: Ownership, Bias for Action\n- Situation: payments failed.\n");

        Assert.Equal(BlockRole.StoryTitle, roles[0].Role);
    }

    [Fact]
    public void A_numbered_question_heading_over_star_sub_headings_is_a_question_not_a_group()
    {
        var roles = Infer("## 1. Tell me about a tight deadline\n\n#### Situation\nThe review was close.\n");

        Assert.Equal([BlockRole.Question, BlockRole.SectionLabel, BlockRole.Answer], roles.Select(r => r.Role));
    }

    [Fact]
    public void On_a_level_where_most_headings_are_questions_a_plainly_worded_heading_is_a_question_too()
    {
        // "Leadership" has only sub-headings, which alone would make it a group; its siblings say this is the question level.
        var roles = Infer(
            "## Tell me about a conflict\nA.\n## Describe a failure\nB.\n## Why this company?\nC.\n## Leadership\n### Situation\nI led.\n");

        Assert.Equal(BlockRole.Question, roles[6].Role);
        Assert.Equal(BlockRole.SectionLabel, roles[7].Role);
    }

    [Fact]
    public void A_topic_heading_over_a_list_of_questions_is_a_question_list_whose_items_are_the_questions()
    {
        var roles = Infer("## Failure\n- Tell me about a time you failed\n  - **S:** I misjudged it.\n- What's a mistake you made early on?\n");

        Assert.Equal([BlockRole.Group, BlockRole.Question, BlockRole.Answer, BlockRole.Question], roles.Select(r => r.Role));
        Assert.Equal("failure", roles[1].Category);
    }

    [Fact]
    public void A_title_that_names_the_star_format_over_questions_is_the_document_title_not_a_section_to_leave_out()
    {
        var roles = Infer("# My interview stories (STAR)\n## Tell me about a conflict\nWe argued.\n");

        Assert.Equal([BlockRole.Meta, BlockRole.Question, BlockRole.Answer], roles.Select(r => r.Role));
        Assert.Equal(MetaReason.DocumentTitle, roles[0].Reason);
    }

    [Fact]
    public void List_items_that_read_as_questions_start_stories_and_other_items_answer_them()
    {
        var roles = Infer("- Tell me about a conflict\n  - We argued about a deadline.\n- Describe a failure\n");

        Assert.Equal([BlockRole.Question, BlockRole.Answer, BlockRole.Question], roles.Select(r => r.Role));
    }

    [Fact]
    public void A_level_choice_sets_the_role_of_every_heading_of_that_level_and_a_block_choice_beats_it()
    {
        var choices = new RoleChoices
        {
            Levels = new Dictionary<string, BlockRole> { ["h2"] = BlockRole.Group },
            Blocks = [new BlockChoice(5, BlockRole.Question)],
        };

        var roles = Infer("## Tell me about a conflict\n- Our team split\n## Describe a failure\n- It broke\n## Why us?\n", choices);

        Assert.Equal([BlockRole.Group, BlockRole.Meta, BlockRole.Group, BlockRole.Meta, BlockRole.Question], roles.Select(r => r.Role));
    }

    [Fact]
    public void A_heading_chosen_as_meta_leaves_out_its_whole_section_and_a_heading_chosen_beneath_it_keeps_its_role()
    {
        var choices = new RoleChoices
        {
            Levels = new Dictionary<string, BlockRole> { ["h2"] = BlockRole.Meta },
            Blocks = [new BlockChoice(6, BlockRole.Group)],
        };

        var roles = Infer("## Lookup table\n### 1. Deliver results\n- see below\n## Reference\n### Why us?\n## Detailed stories\n### Billing migration\nWe moved.\n", choices);

        Assert.Equal(
            [BlockRole.Meta, BlockRole.Meta, BlockRole.Meta, BlockRole.Meta, BlockRole.Meta, BlockRole.Group, BlockRole.Question, BlockRole.Answer],
            roles.Select(r => r.Role));
    }

    [Fact]
    public void A_heading_chosen_as_ignore_leaves_out_that_heading_only()
    {
        var roles = Infer("## Lookup table\n### Why us?\nBecause.\n", new RoleChoices { Blocks = [new BlockChoice(1, BlockRole.Ignore)] });

        Assert.Equal([BlockRole.Ignore, BlockRole.Question, BlockRole.Answer], roles.Select(r => r.Role));
    }

    [Fact]
    public void The_inferred_roles_read_back_as_choices_change_nothing()
    {
        var notes = File.ReadAllText(ImportGold.TestDataPath("Seed", "interview-notes.md"));
        var inferred = NotesParser.Parse(notes, "notes.md");

        var printed = inferred.Roles.ToJson();
        var again = NotesParser.Parse(notes, "notes.md", RoleChoices.FromJson(printed));

        Assert.Contains(inferred.Roles.Blocks, b => b.Role == BlockRole.Question);
        Assert.Equal(ImportJson.Serialize(inferred), ImportJson.Serialize(again));
    }

    [Fact]
    public void A_roles_file_names_roles_as_words_by_level_and_by_line()
    {
        var choices = RoleChoices.FromJson("""{"levels": {"h2": "group"}, "blocks": [{"line": 3, "role": "followUp"}]}""");

        Assert.Equal(BlockRole.Group, choices.Levels["h2"]);
        Assert.Equal(new BlockChoice(3, BlockRole.FollowUp), Assert.Single(choices.Blocks));
        Assert.Throws<System.Text.Json.JsonException>(() => RoleChoices.FromJson("""{"levels": {"h2": "sometimes"}}"""));
    }

    [Fact]
    public void A_heading_a_question_by_story_grid_names_is_a_story_title_and_a_heading_over_only_the_grid_is_a_group()
    {
        var roles = Infer("## My stories\n### A — Payments outage\nWe failed over.\n## Which story for which question\n| | A | B |\n|---|---|---|\n| Crisis | main | |\n| Leadership | | backup |\n");

        Assert.Equal([BlockRole.Group, BlockRole.StoryTitle, BlockRole.Answer, BlockRole.Group, BlockRole.Meta], roles.Select(r => r.Role));
    }

    [Fact]
    public void A_topic_over_one_item_asking_for_a_story_is_a_group_not_a_question_probed_by_it()
    {
        var roles = Infer("## Leadership\n- Tell me about a time you led without authority\n  - **S:** nobody owned it\n");

        Assert.Equal([BlockRole.Group, BlockRole.Question, BlockRole.Answer], roles.Select(r => r.Role));
        Assert.Equal("leadership", roles[1].Category);
    }

    [Fact]
    public void A_topic_worded_like_a_question_without_a_question_mark_over_items_that_ask_is_a_group()
    {
        var roles = Infer("### Why us\n* Why Shopify?\n    * I run a shop on it\n");

        Assert.Equal([BlockRole.Group, BlockRole.Question, BlockRole.Answer], roles.Select(r => r.Role));
    }

    [Fact]
    public void A_heading_that_asks_over_probing_items_stays_the_question()
    {
        var roles = Infer("## Why this company?\n- Why now?\n- What do you know about us?\n");

        Assert.Equal(BlockRole.Question, roles[0].Role);
    }

    [Fact]
    public void A_sub_heading_question_after_a_probing_sub_heading_probes_the_same_story()
    {
        var roles = Infer(
            "### 1) Tell me about a conflict with your manager\nWe argued.\n#### Did you escalate?\nNo.\n#### What would you do if he had said no?\n#### Describe a time you failed\nI slipped.\n");

        Assert.Equal(
            [BlockRole.Question, BlockRole.Answer, BlockRole.FollowUp, BlockRole.Answer, BlockRole.FollowUp, BlockRole.Question, BlockRole.Answer],
            roles.Select(r => r.Role));
    }

    private static NodeRole[] Infer(string text, RoleChoices? choices = null) =>
        RoleInference.Infer(OutlineReader.Read(NoteBlockReader.Read(text)), choices);
}
