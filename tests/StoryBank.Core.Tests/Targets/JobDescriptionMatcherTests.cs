using System.Text.Json.Nodes;
using StoryBank.Core.Targets;
using StoryBank.Core.Tests.Import;

namespace StoryBank.Core.Tests.Targets;

public sealed class JobDescriptionMatcherTests
{
    public static TheoryData<string> Descriptions() =>
        [.. Directory.GetFiles(ImportGold.TestDataPath("JobDescriptions"), "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Each description's gold is the whole match a careful reader would make: the categories proposed, with the
    /// sentences behind them. A difference writes NAME.received.json beside the gold; copying it over approves it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Descriptions))]
    public void A_job_description_finds_what_its_gold_lists(string file)
    {
        var match = JobDescriptionMatcher.Match(File.ReadAllText(ImportGold.TestDataPath("JobDescriptions", file)));

        var difference = JobDescriptionGold.CheckWhole(Path.ChangeExtension(file, ".gold.json"), JobDescriptionJson.Serialize(match));

        Assert.True(difference is null, difference);
    }

    [Fact]
    public void There_are_at_least_ten_golden_job_descriptions()
    {
        Assert.True(Descriptions().Count >= 10);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("Lorem ipsum dolor sit amet.\nConsectetur adipiscing elit.")]
    public void A_description_with_nothing_recognised_says_so(string text)
    {
        var match = JobDescriptionMatcher.Match(text);

        Assert.True(match.NothingRecognised);
        Assert.Equal(JobDescriptionMatch.NothingRecognisedMessage, JsonNode.Parse(JobDescriptionJson.Serialize(match))!["message"]!.GetValue<string>());
    }

    [Fact]
    public void A_requirement_weighs_more_than_the_same_words_in_boilerplate()
    {
        var requirement = JobDescriptionMatcher.Match("Engineer\n\nRequirements:\n- Mentor junior engineers\n");
        var boilerplate = JobDescriptionMatcher.Match("Engineer\n\nBenefits:\n- We mentor everyone\n");

        var inRequirement = requirement.Categories.Single(c => c.Slug == "leadership");
        var inBoilerplate = boilerplate.Categories.Single(c => c.Slug == "leadership");
        Assert.True(inRequirement.Proposed);
        Assert.False(inBoilerplate.Proposed);
        Assert.True(inRequirement.Score > inBoilerplate.Score);
        Assert.Equal("Mentor junior engineers", inRequirement.Evidence.Single().Sentence);
        Assert.Equal(4, inRequirement.Evidence.Single().Line);
    }

    [Fact]
    public void A_cue_counts_only_where_a_word_starts_and_a_not_cue_never()
    {
        var match = JobDescriptionMatcher.Match("Engineer\n\nYou will build failover for our user interface and reduce abuse.\n");

        Assert.DoesNotContain(match.Categories, c => c.Slug is "failure" or "customer");
    }

    [Fact]
    public void Each_sentence_counts_once_for_a_category_even_with_two_cues()
    {
        var match = JobDescriptionMatcher.Match("Nurse\n\nDuties:\n- Care for patients and their families.\n");

        Assert.Equal(3, match.Categories.Single(c => c.Slug == "customer").Score);
    }

    [Fact]
    public void Amazon_principles_are_proposed_from_the_categories_a_description_asks_for()
    {
        var match = JobDescriptionMatcher.Match("Support lead\n\nRequirements:\n- Obsess over every customer.\n- Dig for the root cause of every bug.\n");
        var amazon = BuiltInModels.All.Single(m => m.Name == BuiltInModels.AmazonName);

        var proposed = JobDescriptionMatcher.Propose(amazon, match);

        Assert.Equal(["Customer Obsession", "Dive Deep", "Insist on the Highest Standards"], proposed.Select(p => p.Competency.Name));
        Assert.Equal("Obsess over every customer.", proposed[0].Evidence.Single().Sentence);
    }
}
