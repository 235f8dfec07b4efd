using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class HtmlDetailsTests
{
    [Fact]
    public void A_details_element_is_a_question_with_its_answer_and_its_markup_is_no_section()
    {
        const string Notes = "<details>\n<summary>Tell me about a time you disagreed</summary>\n\n**Situation:** We picked MongoDB.\n\n</details>\n";

        var import = NotesParser.Parse(Notes, "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal(("Tell me about a time you disagreed", "We picked MongoDB.", ""), (story.Question, story.Sections.Situation, story.Sections.Notes));
        Assert.Equal((1, 6), (story.Source.Line, story.Source.EndLine));
        Assert.Empty(import.Warnings);
    }

    [Fact]
    public void Under_a_question_a_summary_that_is_a_star_letter_labels_its_details()
    {
        const string Notes = "### Tell me about something you fixed\n<details><summary>S</summary>Staging was down weekly.</details>\n<details><summary>A</summary>I wrote a reset script.</details>\n";

        var story = Assert.Single(NotesParser.Parse(Notes, "notes.md").Stories);

        Assert.Equal(("Staging was down weekly.", "I wrote a reset script.", ""), (story.Sections.Situation, story.Sections.Action, story.Sections.Notes));
    }

    [Fact]
    public void A_summary_naming_a_follow_up_is_one_with_the_details_as_its_answer()
    {
        const string Notes = "### Tell me about bad news you delivered\nI told them myself.\n\n<details>\n<summary>Follow-up: Why not wait?</summary>\nThey would have heard rumours.\n</details>\n";

        var followUp = Assert.Single(Assert.Single(NotesParser.Parse(Notes, "notes.md").Stories).FollowUps);

        Assert.Equal(("Why not wait?", "They would have heard rumours."), (followUp.Question, followUp.Answer));
    }

    [Fact]
    public void A_fold_whose_summary_is_neither_a_question_nor_a_label_stays_as_written_in_the_answer()
    {
        const string Notes = "## Tell me about an outage\n**Action:** I rolled back.\n\n<details>\n<summary>longer version</summary>\n\nThe cert chain changed.\n\n</details>\n";

        var story = Assert.Single(NotesParser.Parse(Notes, "notes.md").Stories);

        Assert.Equal("I rolled back.\n\n<details>\n<summary>longer version</summary>\n\nThe cert chain changed.\n\n</details>", story.Sections.Action);
    }

    [Fact]
    public void A_details_tag_that_folds_no_question_or_label_stays_as_written()
    {
        var story = Assert.Single(NotesParser.Parse("## Tell me about a conflict\nWe argued.\n\n<details>\nRole\n", "notes.md").Stories);

        Assert.Equal("We argued.\n\n<details>\nRole", story.Sections.Situation);
    }
}
