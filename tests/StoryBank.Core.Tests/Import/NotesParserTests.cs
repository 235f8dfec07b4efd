using System.Text.RegularExpressions;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed partial class NotesParserTests
{
    /// <summary>The golden notes files in other styles, by name; the Markdown export tests round-trip them too.</summary>
    public static TheoryData<string> StyleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ImportGold.TestDataPath("Import"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void The_seed_notes_import_as_the_gold_file_expects()
    {
        var import = Parse(ImportGold.TestDataPath("Seed", "interview-notes.md"));

        var problems = ImportGold.Check(ImportGold.TestDataPath("Seed", "seed-import.gold.json"), import);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(StyleFiles))]
    public void Notes_in_other_styles_import_as_their_gold_files_expect(string file)
    {
        var import = Parse(ImportGold.TestDataPath("Import", file));

        var difference = ImportGold.CheckWhole(Path.ChangeExtension(file, ".gold.json"), import);

        Assert.True(difference is null, difference);
    }

    [Fact]
    public void Every_word_of_the_seed_is_kept()
    {
        AssertLossless(ImportGold.TestDataPath("Seed", "interview-notes.md"));
    }

    [Theory]
    [MemberData(nameof(StyleFiles))]
    public void Every_word_of_every_style_file_is_kept(string file)
    {
        AssertLossless(ImportGold.TestDataPath("Import", file));
    }

    [Theory]
    [MemberData(nameof(StyleFiles))]
    public void A_style_file_read_in_pieces_gives_what_it_gives_read_whole(string file)
    {
        AssertPiecesReadAsWhole(File.ReadAllText(ImportGold.TestDataPath("Import", file)), 1);
    }

    [Fact]
    public void The_seed_read_in_pieces_gives_what_it_gives_read_whole()
    {
        var seed = File.ReadAllText(ImportGold.TestDataPath("Seed", "interview-notes.md"));

        Assert.True(NoteChunks.Split(seed.Replace("\r\n", "\n", StringComparison.Ordinal), 1).Count > 10, "the seed is cut at its headings");
        AssertPiecesReadAsWhole(seed, 1);
    }

    [Fact]
    public void Large_notes_read_in_pieces_give_what_they_give_read_whole()
    {
        // About 400 KB: parsed in pieces by default; line numbers and warnings must still count from the top of the file.
        var seed = File.ReadAllText(ImportGold.TestDataPath("Seed", "interview-notes.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var notes = string.Concat(Enumerable.Repeat(seed + "\n", 80));

        Assert.True(NoteChunks.Split(notes, NoteChunks.DefaultSize).Count > 1);
        AssertPiecesReadAsWhole(notes, NoteChunks.DefaultSize);
    }

    [Fact]
    public void Warnings_name_their_lines()
    {
        var import = NotesParser.Parse("Intro text\n\n## Tell me about a conflict?\n- \n- **bold never closed\n", "notes.md");

        Assert.Contains(import.Warnings, w => w.Line == 1 && w.Message.Contains("before the first question", StringComparison.Ordinal) && w.Message.Contains("Intro text", StringComparison.Ordinal));
        Assert.Contains(import.Warnings, w => w.Line == 4 && w.Message.Contains("Empty bullet", StringComparison.Ordinal));
        Assert.Contains(import.Warnings, w => w.Line == 5 && w.Message.Contains("Unbalanced", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_line_right_under_a_list_item_starts_its_own_section()
    {
        var import = NotesParser.Parse("## Tell me about a change of plan\n**Actions:**\n- moved the flow to the web\n**Results:** it launched on time\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("moved the flow to the web", story.Sections.Action);
        Assert.Equal("it launched on time", story.Sections.Outcome);
    }

    [Fact]
    public void A_question_heading_typed_without_the_space_after_its_hashes_is_still_a_question()
    {
        var import = NotesParser.Parse("##tell me about a difficult customer\nSituation: invoices were wrong\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("tell me about a difficult customer", story.Question);
        Assert.Equal("invoices were wrong", story.Sections.Situation);
    }

    [Fact]
    public void An_unlabelled_answer_to_a_motivation_question_is_notes_in_any_language()
    {
        var import = NotesParser.Parse("## Почему вы хотите работать у нас?\nХочу работать над сервисами.\n\n## 为什么离开现在的公司？\n想去更大的平台。\n", "notes.md");

        Assert.Equal(["Хочу работать над сервисами.", "想去更大的平台。"], import.Stories.Select(s => s.Sections.Notes));
        Assert.All(import.Stories, s => Assert.Equal("", s.Sections.Situation));
    }

    [Fact]
    public void A_strengths_answer_is_notes_unless_it_tells_a_story()
    {
        var import = NotesParser.Parse(
            "## What are your strengths?\nExplaining hard things simply, e.g. our onboarding wiki.\n\n## strengths\nI am an all rounder. I was asked to fix our models, resulting in a 35% boost.\n", "notes.md");

        Assert.Equal("Explaining hard things simply, e.g. our onboarding wiki.", import.Stories[0].Sections.Notes);
        Assert.Equal("", import.Stories[1].Sections.Notes);
        Assert.Contains("35% boost", import.Stories[1].Sections.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_contents_is_left_out_of_the_stories_in_warnings()
    {
        var import = NotesParser.Parse("## Table of contents\n- [Stories](#stories)\n\n## Tell me about a conflict\nSituation: we argued.\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("Tell me about a conflict", story.Question);
        Assert.Contains(import.Warnings, w => w.Line == 2 && w.Message.Contains("[Stories](#stories)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_unlabelled_steps_of_a_how_do_you_question_are_the_action()
    {
        var import = NotesParser.Parse("## How do you run a project kickoff?\n- scope: what's in, what's out\n- agenda for two weeks\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("scope: what's in, what's out\nagenda for two weeks", story.Sections.Action);
        Assert.Equal("", story.Sections.Notes);
    }

    [Fact]
    public void A_category_prefix_names_the_category_and_is_not_part_of_the_question()
    {
        var import = NotesParser.Parse("## Stripe\n\n### Conflict: Tell me about a disagreement with another team\n- S: risk wanted reviews\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("Tell me about a disagreement with another team", story.Question);
        Assert.Equal("conflict", story.Category);
    }

    [Fact]
    public void Under_a_principle_several_categories_share_the_question_chooses_among_them()
    {
        var import = NotesParser.Parse("## Earn Trust\n\n### Tell me about a time you admitted a mistake\n- S: wrong deadline\n", "notes.md");

        Assert.Equal("failure", Assert.Single(import.Stories).Category);
    }

    [Fact]
    public void A_sub_heading_probe_is_a_follow_up_and_a_sub_heading_prompt_is_a_new_question()
    {
        var import = NotesParser.Parse(
            "## Tell me about a launch\nWe shipped late.\n### How did you break the work down?\nInto weekly milestones.\n### Describe a time you failed\nI missed a bug.\n",
            "notes.md");

        Assert.Equal(["Tell me about a launch", "Describe a time you failed"], import.Stories.Select(s => s.Question));
        var followUp = Assert.Single(import.Stories[0].FollowUps);
        Assert.Equal("How did you break the work down?", followUp.Question);
        Assert.Equal("Into weekly milestones.", followUp.Answer);
    }

    [Fact]
    public void A_group_heading_gives_its_category_and_is_never_a_question()
    {
        var import = NotesParser.Parse("# My prep\n## Conflict\n### A time you helped a peer\nI paired with them.\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("A time you helped a peer", story.Question);
        Assert.Equal("conflict", story.Category);
    }

    [Fact]
    public void Source_lines_cover_the_story()
    {
        var import = NotesParser.Parse("## Why us?\n\n## Tell me about a failure\nS: a\nR: b\n", "notes.md");

        Assert.Equal(new ImportSource("notes.md", 1, 1), import.Stories[0].Source);
        Assert.Equal(new ImportSource("notes.md", 3, 5), import.Stories[1].Source);
    }

    [Fact]
    public void Unicode_spaces_read_like_ordinary_spaces()
    {
        // Notes pasted from a word processor carry non-breaking and thin spaces between words.
        const string Notes = "## Tell me about a time you led a project\n" +
            "Our billing system was failing every night.\n\n" +
            "I\u00A0was asked to lead the migration.\n\n" +
            "As a result we saved 2\u00A0million dollars.\n";
        var plain = NotesParser.Parse(Notes.Replace('\u00A0', ' '), "notes.md").Stories.Single();

        var story = NotesParser.Parse(Notes, "notes.md").Stories.Single();

        Assert.Equal(plain.Sections.Situation, story.Sections.Situation);
        Assert.Contains("lead the migration", story.Sections.Role, StringComparison.Ordinal);
        Assert.Contains("million", Assert.Single(story.Metrics), StringComparison.Ordinal);
        Assert.Equal(plain.Metrics.Count, story.Metrics.Count);
    }

    private static void AssertPiecesReadAsWhole(string text, int chunkSize)
    {
        var whole = NotesParser.Parse(text, "notes.md", int.MaxValue);
        var pieces = NotesParser.Parse(text, "notes.md", chunkSize);

        Assert.Equal(ImportJson.Serialize(whole), ImportJson.Serialize(pieces));
        Assert.Equal(whole.ConsumedStructure, pieces.ConsumedStructure);
    }

    private static NotesImport Parse(string path) => NotesParser.Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>
    /// At least 99.5% of the input's words are somewhere in the output: a field, the text a warning keeps (never the
    /// warning's own wording, which would let "Text before the first question" stand in for the person's "question"), or
    /// structure the importer consumed.
    /// </summary>
    private static void AssertLossless(string path)
    {
        var input = File.ReadAllText(path);
        var import = NotesParser.Parse(input, Path.GetFileName(path));
        var output = import.Stories.SelectMany(s => Words(ImportGold.AllText(s)))
            .Concat(import.Warnings.SelectMany(w => Words(w.Kept)))
            .Concat(import.ConsumedStructure.SelectMany(Words)).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());

        var words = Words(ListMarker().Replace(input, "")).GroupBy(w => w).ToList();
        var total = words.Sum(g => g.Count());
        var lost = words.Where(g => output.GetValueOrDefault(g.Key) < g.Count()).ToList();
        var kept = total - lost.Sum(g => g.Count() - output.GetValueOrDefault(g.Key));

        Assert.True(
            kept >= total * 0.995,
            $"{Path.GetFileName(path)} keeps {kept} of {total} words; lost: {string.Join(", ", lost.Select(g => $"{g.Key} ({g.Count()} in, {output.GetValueOrDefault(g.Key)} out)"))}");
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    // List markers ("3.", "-") are structure, not words.
    [GeneratedRegex(@"^[ \t>]*(?:\d{1,9}[.)]|[-*+])(?=[ \t]|$)", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
