using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class AdviceHeadingTests
{
    [Fact]
    public void Story_headings_under_a_format_title_are_stories_whose_sub_headings_are_parts_and_advice_stays_out()
    {
        var import = NotesParser.Parse(
            "# My STAR stories\n## How to write these answers\n- keep each under two minutes\n## Story A · Billing rewrite\n### Draft\n- S: invoices were wrong for 3% of customers\n### Final\n- R: zero wrong invoices since March\n## Story B · Hiring loop\n### Draft\n- A: I wrote the rubric\n",
            "notes.md");

        Assert.Equal(["Billing rewrite", "Hiring loop"], import.Stories.Select(s => s.Title));
        Assert.DoesNotContain(import.Stories, s => s.Sections.Notes.Contains("two minutes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("How to write these answers", true)]
    [InlineData("怎么写？（不用背理论）", true)]
    [InlineData("面试时怎么说", true)]
    [InlineData("你怎么说服团队的？", false)]
    [InlineData("How did you write the migration plan?", false)]
    public void A_heading_is_advice_when_it_asks_how_to_write_or_tell_the_answers(string heading, bool advice)
    {
        Assert.Equal(advice, AdviceHeading.Is(heading));
    }
}
