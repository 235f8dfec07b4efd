using StoryBank.Core.Export;
using StoryBank.Core.Export.Markdown;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Export.Markdown;

/// <summary>
/// What the importer cannot read back exactly, whatever the export writes. Each test states what comes back instead
/// and why; none is a bug of the export. If one starts failing, the importer learned something: make it a round trip.
/// </summary>
public sealed partial class MarkdownExportTests
{
    [Fact]
    public void A_second_question_comes_back_as_a_variant_because_the_importer_knows_one_question_per_story()
    {
        var story = ReadBackOne(Story() with
        {
            Questions = [new ExportQuestion("Tell me about a conflict with a coworker", ["a clash"]), new ExportQuestion("Describe a disagreement", ["pushing back"])],
        });

        Assert.Equal("Tell me about a conflict with a coworker", story.Question);
        Assert.Equal(["a clash", "Describe a disagreement", "pushing back"], story.Variants);
    }

    [Fact]
    public void Indentation_outside_code_blocks_does_not_come_back_because_the_importer_trims_every_paragraph_line()
    {
        var story = ReadBackOne(Story() with { Sections = Story().Sections with { Action = "- the plan\n  - a nested step\n\nText\n   indented" } });

        Assert.Equal("- the plan\n- a nested step\n\nText\nindented", story.Sections.Action);
    }

    [Fact]
    public void Blank_line_runs_and_white_space_around_a_field_shrink_because_the_importer_reads_any_gap_as_one_blank_line()
    {
        var story = ReadBackOne(Story() with { Sections = Story().Sections with { Situation = "\n  First.\n\n\n\nSecond.  \n", Role = "lead\r\nand owner" } });

        Assert.Equal("First.\n\nSecond.", story.Sections.Situation);
        Assert.Equal("lead\nand owner", story.Sections.Role);
    }

    [Fact]
    public void A_story_without_a_category_comes_back_with_the_one_its_words_name_because_the_importer_guesses_from_cues()
    {
        var story = ReadBackOne(Story("Tell me about a conflict with a coworker") with { CategorySlug = null, CategoryName = null });

        Assert.Equal("conflict", story.Category);
    }

    [Fact]
    public void A_category_outside_the_taxonomy_comes_back_as_the_importer_classifies_it_because_it_only_knows_the_taxonomy()
    {
        var markdown = MarkdownExport.Write([Story("Why do you want this job?") with { CategorySlug = "my-own", CategoryName = "My own list" }]);
        var story = Assert.Single(NotesParser.Parse(markdown, "export.md").Stories);

        Assert.StartsWith("## My own list\n", markdown, StringComparison.Ordinal);
        Assert.Equal("motivation", story.Category);
    }

    [Fact]
    public void A_number_missing_from_the_metrics_comes_back_as_a_metric_because_the_importer_finds_them_in_the_text()
    {
        var story = ReadBackOne(Story() with { Sections = Story().Sections with { Outcome = "Cut costs by 40% in a quarter." }, Metrics = ["a happier team"] });

        Assert.Equal(["a happier team", "Cut costs by 40%"], story.Metrics);
    }

    [Theory]
    [InlineData("\"Why us?\"", "Why us?")]
    [InlineData("“Why us?”", "Why us?")]
    [InlineData("Why  us ?", "Why us?")]
    public void Quotes_around_a_question_and_odd_spacing_go_because_the_importer_normalizes_every_question(string written, string read)
    {
        var story = ReadBackOne(Story(written) with { FollowUps = [new FollowUp { Question = written, Answer = "yes" }] });

        Assert.Equal(read, story.Question);
        Assert.Equal(read, story.FollowUps[0].Question);
    }

    [Fact]
    public void A_slash_in_a_question_splits_it_because_the_importer_reads_text_after_a_slash_as_another_phrasing()
    {
        var story = ReadBackOne(Story("Frontend / backend: which do you prefer?"));

        Assert.Equal("Frontend", story.Question);
        Assert.Equal(["backend: which do you prefer?"], story.Variants);
    }

    [Fact]
    public void An_answer_paragraph_opening_with_two_block_lines_loses_a_marker_because_answers_have_no_label_to_escape_with()
    {
        // The question's arrow rules out a list item, so the answer stands under a "#### Follow-up:" heading. Its first
        // line is escaped as a one-line code block; the second cannot be indented without joining that block, so
        // Markdown reads it as a list item and the importer drops the marker.
        var story = ReadBackOne(Story() with { FollowUps = [new FollowUp { Question = "Before → after?", Answer = "- first\n- second" }] });

        Assert.Equal("- first\nsecond", story.FollowUps[0].Answer);
    }

    [Fact]
    public void A_table_in_a_title_is_read_as_a_table_because_markdown_makes_one_whatever_precedes_the_pipes()
    {
        var markdown = MarkdownExport.Write([Story() with { Title = "| a | b |\n|---|---|" }]);
        var story = Assert.Single(NotesParser.Parse(markdown, "export.md").Stories);

        Assert.NotEqual("| a | b |\n|---|---|", story.Title);
    }

    [Fact]
    public void A_story_alone_in_its_category_without_question_or_plain_title_gets_a_plain_title_because_a_group_needs_a_heading()
    {
        // A group heading counts only when a heading follows it; a title with emphasis cannot be that heading as it is.
        var story = ReadBackOne(Story() with { Questions = [], Title = "The **bold** rewrite" });

        Assert.Equal("The bold rewrite", story.Title);
        Assert.Equal("conflict", story.Category);
    }

    private static ImportedStory ReadBackOne(ExportStory story) =>
        Assert.Single(NotesParser.Parse(MarkdownExport.Write([story]), "export.md").Stories);
}
