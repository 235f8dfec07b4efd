using System.Text;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class StorylessNotesTests
{
    [Fact]
    public void One_paragraph_of_prose_without_a_question_is_one_story_titled_from_its_own_words()
    {
        const string Notes = "When our billing job started double-charging customers, the support queue tripled. As a result we refunded everyone within a day.\n";

        var story = Assert.Single(NotesFile.Parse(Encoding.UTF8.GetBytes(Notes), "story.md").Stories);

        Assert.Equal("", story.Question);
        Assert.NotEqual("", story.Title);
        Assert.All(story.Title.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries), word => Assert.Contains(word, Notes, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("When our billing job started double-charging customers, the support queue tripled.", story.Sections.Situation);
        Assert.Equal("As a result we refunded everyone within a day.", story.Sections.Outcome);
        Assert.Equal((1, 1), (story.Source.Line, story.Source.EndLine));
    }

    [Fact]
    public void Labelled_stories_under_a_title_that_only_names_the_format_are_read_story_first()
    {
        const string Notes = """
            # My STAR stories

            ## 1. Billing migration
            **Situation:** The old billing system double-charged customers.
            **Action:** I moved the invoices over in batches.

            ## 2. Onboarding rewrite
            **Situation:** New hires needed two weeks to ship.
            **Result:** They ship on day three now.
            """;

        var import = NotesParser.Parse(Notes, "stories.md");

        Assert.Equal(
            [("", "Billing migration", "The old billing system double-charged customers.", 3), ("", "Onboarding rewrite", "New hires needed two weeks to ship.", 7)],
            import.Stories.Select(s => (s.Question, s.Title, s.Sections.Situation, s.Source.Line)));
        Assert.Equal("I moved the invoices over in batches.", import.Stories[0].Sections.Action);
        Assert.Contains(import.Warnings, w => w.Line == 1 && w.Message.Contains("My STAR stories", StringComparison.Ordinal));
        Assert.Equal(BlockRole.StoryTitle, import.Roles.Levels["h2"]);
    }

    [Fact]
    public void Label_lines_over_bullets_are_one_story_holding_their_text_and_the_person_can_make_each_a_question()
    {
        const string Notes = """
            strengths and weaknesses:

            strengths:
              - communication, determination
              - self-guided problem solving

            weaknesses:
              - work too fast and miss details
            """;
        var choices = new RoleChoices { Blocks = [new BlockChoice(1, BlockRole.Ignore), new BlockChoice(3, BlockRole.Question), new BlockChoice(7, BlockRole.Question)] };

        var inferred = NotesParser.Parse(Notes, "traits.md");
        var corrected = NotesFile.Parse(Encoding.UTF8.GetBytes(Notes), "traits.md", choices);

        var one = Assert.Single(inferred.Stories);
        Assert.Equal(("", 1, 8), (one.Question, one.Source.Line, one.Source.EndLine));
        Assert.Equal(["strengths:", "weaknesses:"], corrected.Stories.Select(s => s.Question));
    }

    [Theory]
    [InlineData("Just some thoughts about work.\n")]
    [InlineData("# Interview prep\n\nto do: write the stories\n")]
    public void Jottings_with_nothing_story_like_are_still_refused_in_one_line(string notes)
    {
        var error = Assert.Throws<NotesImportException>(() => NotesFile.Parse(Encoding.UTF8.GetBytes(notes), "notes.md"));

        Assert.StartsWith("notes.md: no interview question found.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_with_a_question_are_read_as_before()
    {
        const string Notes = "Some context before the questions, long enough to be a story of its own if it stood alone.\n\n## Why us?\nBecause.\n";

        var import = NotesParser.Parse(Notes, "notes.md");

        Assert.Equal("Why us?", Assert.Single(import.Stories).Question);
        Assert.Contains(import.Warnings, w => w.Line == 1);
    }
}
