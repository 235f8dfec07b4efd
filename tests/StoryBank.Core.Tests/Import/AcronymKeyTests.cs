using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class AcronymKeyTests
{
    [Fact]
    public void Letters_that_spell_out_their_words_are_text_of_the_section_they_are_in_not_star_labels()
    {
        var import = NotesParser.Parse(
            "## Tell me about a risky launch\nSituation: a big migration.\n\nAction: I planned it:\n- R - risks: spam filters\n- A - assumptions: 3x the tickets\n- T - timeline: two weeks\n\nResult: it went fine.\n",
            "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("I planned it:\nR - risks: spam filters\nA - assumptions: 3x the tickets\nT - timeline: two weeks", story.Sections.Action);
        Assert.Equal("", story.Sections.Role);
        Assert.Equal("it went fine.", story.Sections.Outcome);
    }

    [Fact]
    public void Star_letters_stay_labels_when_one_of_the_set_does_not_spell_a_word()
    {
        var import = NotesParser.Parse(
            "## Tell me about a risky launch\n- S - Support was drowning in tickets\n- T - Tickets had to drop by half\n- A - I wrote a triage bot\n",
            "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("Support was drowning in tickets", story.Sections.Situation);
        Assert.Equal("Tickets had to drop by half", story.Sections.Role);
        Assert.Equal("I wrote a triage bot", story.Sections.Action);
    }
}
