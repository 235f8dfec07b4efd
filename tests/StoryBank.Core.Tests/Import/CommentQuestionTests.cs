using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class CommentQuestionTests
{
    [Fact]
    public void Every_slash_slash_question_line_is_a_question_answered_or_not()
    {
        var import = NotesParser.Parse(
            "// Describe a time you missed a deadline?\nThe export slipped a week.\nI told the client on day one.\n\n// What motivates you?\n\n// Please tell me why you fit this team.\n",
            "notes.md");

        Assert.Equal(
            ["Describe a time you missed a deadline?", "What motivates you?", "Please tell me why you fit this team."],
            import.Stories.Select(s => s.Question));
        Assert.Contains("The export slipped a week.", import.Stories[0].Sections.Situation + import.Stories[0].Sections.Action);
    }

    [Fact]
    public void A_slash_slash_aside_in_a_story_under_a_heading_stays_a_note_of_that_story()
    {
        var import = NotesParser.Parse("## Tell me about a conflict\nS: we disagreed on the schema.\n// why did it matter so much?\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Contains("why did it matter so much?", story.Sections.Notes);
    }

    [Theory]
    [InlineData("// Tell me about yourself", true)]
    [InlineData("// this one always comes up", false)]
    [InlineData("// follow-up: \"why?\" -> because", false)]
    [InlineData("/// Tell me about yourself", false)]
    public void A_top_level_slash_slash_line_is_a_question_when_it_asks(string line, bool question)
    {
        var block = NoteBlockReader.Read(line + "\n").Single();

        Assert.Equal(question, CommentQuestion.Is(block));
    }
}
