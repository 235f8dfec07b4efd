using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class PropertyLineTests
{
    [Theory]
    [InlineData("#conflict", "conflict")]
    [InlineData("#ambiguity #learning", "ambiguity")]
    [InlineData("Category: Prioritization", "prioritization")]
    [InlineData("Tags:: conflict, feedback", "conflict")]
    public void A_tag_line_or_category_property_names_the_story_s_category(string line, string first)
    {
        Assert.Equal(first, PropertyLine.Categories(line)?.FirstOrDefault());
    }

    [Theory]
    [InlineData("Category is hard to pin down for this one.")]
    [InlineData("We shipped #2 of the fixes first")]
    [InlineData("Situation: the build was red")]
    public void A_sentence_or_a_label_is_no_category_line(string line)
    {
        Assert.Null(PropertyLine.Categories(line));
    }

    [Theory]
    [InlineData("Status: In progress", true)]
    [InlineData("Last edited: March 3, 2024 4:12 PM", true)]
    [InlineData("#interview #behavioral", true)]
    [InlineData("Recruiter said 4 behavioral-ish rounds, one is \"values\": use these.", false)]
    public void Page_properties_and_tags_are_metadata_lines(string line, bool metadata)
    {
        Assert.Equal(metadata, PropertyLine.IsMetadata(line));
    }
}
