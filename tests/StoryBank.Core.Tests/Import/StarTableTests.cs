using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Import;

public sealed class StarTableTests
{
    [Fact]
    public void A_header_row_of_labels_reads_each_row_below_it_as_one_story_with_each_cell_under_its_label()
    {
        var stories = StarTable.ByColumns(Table("| S | T | A | R |\n|---|---|---|---|\n| Stuck for weeks | Her mentor | Split it up | Shipped |\n"));

        var story = Assert.Single(stories!);
        Assert.Equal(
            [(StorySection.Situation, "Stuck for weeks"), (StorySection.Role, "Her mentor"), (StorySection.Action, "Split it up"), (StorySection.Outcome, "Shipped")],
            story.Parts.Select(p => (p.Label.Section, p.Text)));
        Assert.Equal(3, story.Line);
    }

    [Fact]
    public void A_header_row_with_a_word_that_is_no_label_is_not_a_label_set()
    {
        Assert.Null(StarTable.ByColumns(Table("| Situation | Three teams wanted our time |\n|---|---|\n| Action | I ranked them |\n")));
        Assert.Null(StarTable.ByColumns(Table("| upstream | p99 before | p99 during |\n|---|---|---|\n| card network A | 180ms | 190ms |\n")));
    }

    [Fact]
    public void Labels_down_the_first_column_with_a_column_per_story_give_one_story_per_column_titled_by_its_header()
    {
        var stories = StarTable.StoryColumns(Table(
            "| | Story 1: Schema ownership | Story 2: Release freeze |\n|---|---|---|\n| **S** | Schemas broke | Freeze too long |\n| **A** | Built a check | Ran a trial |\n"))!;

        Assert.Equal(["Schema ownership", "Release freeze"], stories.Select(s => s.Title));
        Assert.Equal([(StorySection.Situation, "Freeze too long", 3), (StorySection.Action, "Ran a trial", 4)], stories[1].Parts.Select(p => (p.Label.Section, p.Text, p.Line)));
    }

    [Fact]
    public void A_table_of_labels_and_answers_with_at_most_a_side_column_is_one_story_not_a_story_per_column()
    {
        Assert.Null(StarTable.StoryColumns(Table("| | |\n|---|---|\n| S | Bill was high |\n| R | Down to a third |\n")));
        Assert.Null(StarTable.StoryColumns(Table(
            "| Part | Answer | Notes |\n|---|---|---|\n| **S** | Bill was high | |\n| **A** | Sampled logs | |\n| **R** | Down to a third | check the figure |\n")));
    }

    private static NoteBlock Table(string markdown) => NoteBlockReader.Read(markdown).Single(b => b.Kind == NoteBlockKind.Table);
}
