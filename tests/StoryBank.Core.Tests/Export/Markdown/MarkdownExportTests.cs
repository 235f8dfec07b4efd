using StoryBank.Core.Export;
using StoryBank.Core.Export.Markdown;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;
using StoryBank.Core.Tests.Import;

namespace StoryBank.Core.Tests.Export.Markdown;

public sealed partial class MarkdownExportTests
{
    [Fact]
    public void The_seed_notes_come_back_as_the_same_stories()
    {
        AssertRoundTrip(ImportGold.TestDataPath("Seed", "interview-notes.md"));
    }

    [Theory]
    [MemberData(nameof(NotesParserTests.StyleFiles), MemberType = typeof(NotesParserTests))]
    public void Notes_in_every_style_come_back_as_the_same_stories(string file)
    {
        AssertRoundTrip(ImportGold.TestDataPath("Import", file));
    }

    [Fact]
    public void A_story_reads_as_labelled_sections_under_its_category_and_question()
    {
        var markdown = MarkdownExport.Write([Story() with
        {
            Questions = [new ExportQuestion("Tell me about a conflict with a coworker", ["coworker was difficult to work with"])],
            Title = "The kubernetes standoff",
            Sections = new() { Situation = "Two teams wanted different clusters.", Outcome = "We agreed on one.\n\nIt saved 30% of hosting." },
            Metrics = ["30% of hosting"],
            FollowUps = [new FollowUp { Question = "Who did you involve?", Answer = "Both leads." }, new FollowUp { Question = "What would you change?" }],
        }]);

        Assert.Equal(
            """
            ## Conflict with peers

            ### Tell me about a conflict with a coworker / coworker was difficult to work with

            **Title:** The kubernetes standoff

            **Situation:** Two teams wanted different clusters.

            **Outcome:** We agreed on one.

            It saved 30% of hosting.

            **Metrics:**

            - 30% of hosting

            **Follow-ups:**

            - Who did you involve? → Both leads.
            - What would you change?

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            markdown);
    }

    [Fact]
    public void No_stories_write_an_empty_document()
    {
        Assert.Equal("", MarkdownExport.Write([]));
    }

    [Fact]
    public void Lines_that_look_like_labels_stay_in_their_section()
    {
        AssertRoundTrip(Story() with
        {
            Sections = new() { Situation = "We had two options.\nResult: nobody knew yet\nS: the letter label\nA: the answer label\nQ: not a new question\nOutcome\n**Title:** not the title\nMetrics: 5 of them", Action = "First paragraph.\n\nResult: a paragraph that opens with a label\n\n**Tell me about a time you failed**\n\nQ: a question label after a blank line" },
            Title = "Role: the title looks like a label\nTask - and its second line too",
        });
    }

    [Fact]
    public void Lines_that_look_like_headings_lists_quotes_and_rules_stay_as_written()
    {
        AssertRoundTrip(Story() with
        {
            Sections = new() { Action = "I did three things:\n- split the queue\n- added retries\n* and a star bullet\n+ and a plus\n1. numbered\n2) numbered too\n## not a heading\n# nor this\n> a quote line\n---\n***\n___\n===\n| a | b |\n|---|---|\n[ref]: https://example.com\n<b>html</b>\n```\nunclosed fence", Notes = "A paragraph\n=====", Reflection = "Setext\n---\nand more" },
        });
    }

    [Fact]
    public void Code_blocks_quotes_html_and_tables_are_kept_as_written()
    {
        AssertRoundTrip(Story() with
        {
            Sections = new() { Action = "Rolled back first:\n\n```bash\nkubectl rollout undo\n  ## indented comment\nResult: inside code\n```\n\nThen:\n\n> a quote\n> Result: quoted\n\n| upstream | p99 |\n|---|---|\n| A | 180ms |\n\n<details>\n<summary>more</summary>\n\nInside.\n\n</details>", Outcome = "```\ncode first\n```\n\nthen text", Notes = "~~~\ntilde fence\n\n\nwith blank lines\n~~~" },
        });
    }

    [Fact]
    public void An_unclosed_code_fence_does_not_swallow_the_rest_of_the_story()
    {
        AssertRoundTrip(Story() with
        {
            Sections = new() { Action = "Started with:\n\n```\nnever closed", Outcome = "It worked." },
            FollowUps = [new FollowUp { Question = "Why?", Answer = "Because." }],
        });
    }

    [Fact]
    public void Questions_that_look_like_labels_sections_or_story_headings_stay_questions()
    {
        AssertRoundTrip(
            Story("Tell me about a conflict"),
            Story("Impact") with { Sections = Story("Impact").Sections with { Situation = "text" } },
            Story("Tips"),
            Story("Story 2: the billing migration"),
            Story("Background") with { Sections = Story("Background").Sections with { Role = "lead" } },
            Story("What is STAR to you"));
    }

    [Fact]
    public void Questions_and_follow_ups_that_start_with_a_number_or_emphasis_keep_it()
    {
        AssertRoundTrip(
            Story("1. Why us?") with { FollowUps = [new FollowUp { Question = "2. Why now?", Answer = "Timing." }, new FollowUp { Question = "**Really?**", Answer = "" }] },
            Story("**Why us?**") with { FollowUps = [new FollowUp { Question = "3. Why → how?", Answer = "An arrow needs the heading form." }] });
    }

    [Fact]
    public void A_question_with_variants_and_odd_characters_comes_back_the_same()
    {
        AssertRoundTrip(Story() with
        {
            Questions = [new ExportQuestion("Why C#?", ["what about F#", "and \"quotes\" – “curly” ones"])],
        });
    }

    [Fact]
    public void Stories_without_a_question_come_back_by_their_title()
    {
        AssertRoundTrip(
            Story() with { Questions = [], Title = "Billing migration", Sections = Story().Sections with { Situation = "Legacy batch." } },
            Story() with { Questions = [], Title = "The **bold** rewrite", Sections = Story().Sections with { Action = "I rewrote it." } },
            Story() with { Questions = [], Title = "", Sections = Story().Sections with { Notes = "no title, no question" } });
    }

    [Fact]
    public void Metrics_come_back_in_order_even_when_they_look_like_labels_or_list_items()
    {
        AssertRoundTrip(Story() with
        {
            Sections = new() { Situation = "A 10x surge in tickets." },
            Metrics = ["10x surge in tickets", "Impact: 20% fewer pages", "1. ranked first", "- 5 regressions", "$1.2M contract", "1,200 users"],
        });
    }

    [Fact]
    public void Follow_ups_keep_multi_line_answers()
    {
        AssertRoundTrip(Story() with
        {
            FollowUps =
            [
                new FollowUp { Question = "How did you start?", Answer = "With the logs.\nThen the traces.\n\nResult: the second paragraph opens with a label." },
                new FollowUp { Question = "Who else?", Answer = "" },
                new FollowUp { Question = "What next? → later", Answer = "An arrow in the question." },
            ],
        });
    }

    [Fact]
    public void Follow_ups_that_cannot_be_list_items_use_the_label_form()
    {
        AssertRoundTrip(Story() with
        {
            FollowUps =
            [
                new FollowUp { Question = "Result: what happened?", Answer = "```\ncode in an answer\n```\n\nand text after." },
                new FollowUp { Question = "A: an answer label?", Answer = "Yes.\nResult: still the answer\n\n**Follow-ups:** and a label paragraph" },
                new FollowUp { Question = "Plain?", Answer = "Plain." },
            ],
        });
    }

    [Fact]
    public void Stories_without_a_category_come_last_under_a_heading_of_their_own()
    {
        AssertRoundTrip(
            Story("Tell me about a conflict with a coworker") with { CategorySlug = "conflict", CategoryName = "Conflict with peers" },
            Story("Something unrelated") with { CategorySlug = null, CategoryName = null });
    }

    [Fact]
    public void Every_taxonomy_category_comes_back_from_its_group_heading()
    {
        var stories = StoryBank.Core.Data.Taxonomy.BuiltIn.Categories
            .Select(c => Story("Something unrelated") with { CategorySlug = c.Slug, CategoryName = c.Name })
            .ToArray();

        AssertRoundTrip(stories);
    }

    private static ExportStory Story(string question = "Tell me about a conflict with a coworker") => new()
    {
        Id = 1,
        Questions = [new ExportQuestion(question, [])],
        CategorySlug = "conflict",
        CategoryName = "Conflict with peers",
    };

    private static void AssertRoundTrip(params ExportStory[] stories)
    {
        var (markdown, _, differences) = MarkdownRoundTrip.Run(stories.Select(MarkdownRoundTrip.WithTextMetrics).ToList());
        Assert.True(differences.Count == 0, string.Join("\n", differences) + "\n\n" + markdown);
    }

    private static void AssertRoundTrip(string path)
    {
        var import = NotesParser.Parse(File.ReadAllText(path), Path.GetFileName(path));
        var (markdown, _, differences) = MarkdownRoundTrip.Run(MarkdownRoundTrip.ToExport(import.Stories));
        Assert.True(differences.Count == 0, string.Join("\n", differences) + "\n\n" + markdown);
    }
}
