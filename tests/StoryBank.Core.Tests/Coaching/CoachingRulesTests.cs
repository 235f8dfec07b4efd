using StoryBank.Core.Coaching;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Coaching;

public sealed class CoachingRulesTests
{
    private static readonly string Words150 = string.Join(" ", Enumerable.Repeat("I", 150));

    /// <summary>A story that passes every check: titled, full, numeric outcome, told with "I", 2 answered follow-ups, 200 words.</summary>
    private static StoryFacts Complete() => new(
        1,
        "Kubernetes for contractors",
        new StarSections
        {
            Situation = "Contractors could not deploy. " + string.Join(" ", Enumerable.Repeat("context", 50)),
            Role = "I owned the platform. " + string.Join(" ", Enumerable.Repeat("role", 40)),
            Action = "I set up a meeting and I wrote the plan. " + string.Join(" ", Enumerable.Repeat("step", 50)),
            Outcome = "Deploys went from 2 days to 20 minutes. " + string.Join(" ", Enumerable.Repeat("result", 30)),
        },
        [new FollowUp { Question = "Who objected?", Answer = "Security." }, new FollowUp { Question = "What next?", Answer = "Rollout." }],
        "conflict",
        "Conflict with peers");

    private static List<string> Checks(StoryFacts story) => CoachingRules.ForStory(story).Select(f => f.CheckId).ToList();

    [Fact]
    public void A_complete_story_has_no_findings()
    {
        Assert.Empty(CoachingRules.ForStory(Complete()));
    }

    [Theory]
    [InlineData("Situation", CoachingChecks.EmptySituation)]
    [InlineData("Role", CoachingChecks.EmptyRole)]
    [InlineData("Action", CoachingChecks.EmptyAction)]
    [InlineData("Outcome", CoachingChecks.EmptyOutcome)]
    public void Each_empty_star_section_is_found_and_points_at_its_field(string field, string check)
    {
        var story = field switch
        {
            "Situation" => Complete() with { Sections = Complete().Sections with { Situation = " " } },
            "Role" => Complete() with { Sections = Complete().Sections with { Role = "" } },
            "Action" => Complete() with { Sections = Complete().Sections with { Action = "" } },
            _ => Complete() with { Sections = Complete().Sections with { Outcome = "" } },
        };

        var finding = Assert.Single(CoachingRules.ForStory(story), f => f.CheckId == check);

        Assert.Equal(field, finding.Field);
        Assert.Equal(1, finding.StoryId);
        Assert.Equal($"{check}/story/1", finding.Id);
        Assert.False(string.IsNullOrWhiteSpace(finding.Explanation));
    }

    [Fact]
    public void An_outcome_without_a_number_is_found()
    {
        var story = Complete() with { Sections = Complete().Sections with { Outcome = "Everyone was happier. " + string.Join(" ", Enumerable.Repeat("result", 40)) } };

        var finding = Assert.Single(CoachingRules.ForStory(story));

        Assert.Equal(CoachingChecks.OutcomeWithoutNumber, finding.CheckId);
        Assert.Equal("Outcome", finding.Field);
    }

    [Theory]
    [InlineData("Deploy time halved.")]
    [InlineData("Saved $2M a year.")]
    [InlineData("Ten teams adopted it.")]
    public void Numbers_in_digits_or_words_count(string outcome)
    {
        Assert.True(CoachingRules.HasNumber(outcome));
    }

    [Fact]
    public void A_missing_title_is_found()
    {
        Assert.Equal([CoachingChecks.NoTitle], Checks(Complete() with { Title = "" }));
    }

    [Fact]
    public void An_action_told_mostly_as_we_is_found_and_one_told_as_i_is_not()
    {
        var we = Complete() with { Sections = Complete().Sections with { Action = "We met, we planned and our team shipped it. " + string.Join(" ", Enumerable.Repeat("step", 50)) } };
        var mixed = Complete() with { Sections = Complete().Sections with { Action = "We met, then I planned it and I shipped it. " + string.Join(" ", Enumerable.Repeat("step", 50)) } };

        Assert.Equal([CoachingChecks.ActionMostlyWe], Checks(we));
        Assert.Empty(Checks(mixed));
    }

    [Fact]
    public void A_story_under_150_words_is_too_short_and_says_how_long_it_takes()
    {
        var story = Complete() with { Sections = Complete().Sections with { Situation = "Short.", Role = "Mine.", Action = "I did it.", Outcome = "Saved 5 hours." } };

        var finding = Assert.Single(CoachingRules.ForStory(story));

        Assert.Equal(CoachingChecks.TooShort, finding.CheckId);
        Assert.Equal("Too short: 8 words (0:03)", finding.Title);
    }

    [Fact]
    public void A_story_over_450_words_is_too_long()
    {
        var story = Complete() with { Sections = Complete().Sections with { Action = "I " + string.Join(" ", Enumerable.Repeat("did", 400)) } };

        Assert.Equal([CoachingChecks.TooLong], Checks(story));
    }

    [Fact]
    public void Exactly_150_and_450_words_are_fine()
    {
        Assert.DoesNotContain(CoachingChecks.TooShort, Checks(Complete() with { Sections = Complete().Sections with { Situation = Words150, Role = "", Action = "", Outcome = "" } }));
        Assert.Equal(450, SpokenLength.CountWords(Words150, Words150, Words150, ""));
        Assert.DoesNotContain(Checks(Complete() with { Sections = Complete().Sections with { Situation = Words150, Role = Words150, Action = Words150, Outcome = "" } }), c => c is CoachingChecks.TooLong or CoachingChecks.TooShort);
    }

    [Fact]
    public void Fewer_than_two_follow_ups_are_found()
    {
        var story = Complete() with { FollowUps = [new FollowUp { Question = "Who objected?", Answer = "Security." }] };

        var finding = Assert.Single(CoachingRules.ForStory(story));

        Assert.Equal(CoachingChecks.FewFollowUps, finding.CheckId);
        Assert.Equal("FollowUps", finding.Field);
    }

    [Fact]
    public void Follow_ups_without_answers_are_found_once_with_their_count()
    {
        var story = Complete() with { FollowUps = [new FollowUp { Question = "Who?" }, new FollowUp { Question = "Why?", Answer = " " }] };

        var finding = Assert.Single(CoachingRules.ForStory(story));

        Assert.Equal(CoachingChecks.UnansweredFollowUps, finding.CheckId);
        Assert.Equal("2 follow-ups have no answer", finding.Title);
    }

    [Fact]
    public void A_category_with_fewer_than_two_stories_is_found()
    {
        Assert.Equal(CoachingChecks.CategoryWithoutStories, CoachingRules.ForCategory("failure", "Mistakes & failures", 0)!.CheckId);
        Assert.Equal(CoachingChecks.CategoryWithOneStory, CoachingRules.ForCategory("failure", "Mistakes & failures", 1)!.CheckId);
        Assert.Null(CoachingRules.ForCategory("failure", "Mistakes & failures", 2));
        Assert.Equal("category-without-stories/category/failure", CoachingRules.ForCategory("failure", "Mistakes & failures", 0)!.Id);
    }

    [Fact]
    public void A_story_without_a_category_is_a_gap_at_its_category_field()
    {
        var finding = Assert.Single(CoachingRules.ForStory(Complete() with { CategorySlug = null, CategoryName = null }));

        Assert.Equal(CoachingChecks.NoCategory, finding.CheckId);
        Assert.Equal("Category", finding.Field);
    }
}
