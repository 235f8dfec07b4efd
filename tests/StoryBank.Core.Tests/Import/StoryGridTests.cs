using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class StoryGridTests
{
    [Fact]
    public void A_table_of_questions_by_stories_with_marks_is_a_grid_whose_stories_take_main_questions_before_backup_ones()
    {
        var grid = StoryGrid.Read(Table("| | A | B |\n|---|---|---|\n| Crisis | backup | main |\n| Leadership | main | |\n| Ambiguity | ✓ | |\n"));

        Assert.Equal(["A", "B"], grid!.Keys);
        Assert.Equal(["Leadership", "Ambiguity", "Crisis"], grid.QuestionsFor(0));
        Assert.Equal(["Crisis"], grid.QuestionsFor(1));
    }

    [Fact]
    public void A_table_whose_cells_hold_text_is_no_grid()
    {
        Assert.Null(StoryGrid.Read(Table("| | Story 1 | Story 2 |\n|---|---|---|\n| S | Schemas broke | Freeze too long |\n")));
        Assert.Null(StoryGrid.Read(Table("| Question | Billing | On-call |\n|---|---|---|\n| Tell me about a failure | | |\n")));
    }

    [Fact]
    public void A_heading_names_a_story_of_the_grid_by_the_whole_column_header_or_by_the_header_before_a_dash()
    {
        var grid = StoryGrid.Read(Table("| Question | A | Billing migration |\n|---|---|---|\n| Describe a failure | ✓ | x |\n"))!;

        Assert.Equal((0, "Payments outage"), grid.Names("A — Payments outage"));
        Assert.Equal((1, "Billing migration"), grid.Names("Billing migration"));
        Assert.Null(grid.Names("Abandoned cart"));
        Assert.Null(grid.Names("Billing migration part two"));
    }

    private static NoteBlock Table(string markdown) => NoteBlockReader.Read(markdown).Single(b => b.Kind == NoteBlockKind.Table);
}
