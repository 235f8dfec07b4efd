using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class EmojiCalloutTests
{
    [Fact]
    public void A_quote_opening_with_an_icon_and_a_star_label_labels_its_text()
    {
        var import = NotesParser.Parse("## Tell me about a failure\n\n> 💡 Situation\n> The export failed for a week.\n\n> 📈 Result: we added an alert.\n", "notes.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal("The export failed for a week.", story.Sections.Situation);
        Assert.Equal("we added an alert.", story.Sections.Outcome);
    }

    [Theory]
    [InlineData("💡 Situation", "💡 ")]
    [InlineData("📈 **Result:** it worked", "📈 ")]
    [InlineData("💬 Remember to breathe", null)]
    [InlineData("Situation: no icon", null)]
    public void Only_an_icon_followed_by_a_star_label_makes_a_quote_a_callout(string line, string? icon)
    {
        Assert.Equal(icon, EmojiCallout.LabelIcon(line));
    }
}
