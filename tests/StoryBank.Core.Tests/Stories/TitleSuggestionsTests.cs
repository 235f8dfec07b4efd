using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class TitleSuggestionsTests
{
    [Fact]
    public void An_emphasised_phrase_the_strongest_metric_and_the_key_nouns_are_offered_in_that_order()
    {
        var story = new StoryDraft
        {
            Questions = ["Tell me about a conflict with a coworker"],
            Sections = new() { Situation = "Two teams fought over one cluster. The cluster kept failing under contention.", Action = "I set up **a shared quota board** for the cluster with both leads and wrote the quotas down.", Outcome = "Contention on the cluster fell; quotas held." },
            Metrics = ["3 teams", "10x surge in ticket volume", "35% boost in accuracy"],
        };

        var titles = TitleSuggestions.For(story);

        Assert.Equal(["A shared quota board", "10x surge in ticket volume", "Cluster, contention, quotas"], titles);
    }

    [Fact]
    public void Without_a_metrics_list_the_outcome_s_numbers_are_read()
    {
        var story = new StoryDraft { Sections = new() { Outcome = "Deploys went from 2 days to 20 minutes for 2 million users." }};

        var titles = TitleSuggestions.For(story);

        Assert.Contains(titles, t => t.StartsWith("2 million users", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_stay_within_eight_words_and_an_empty_story_gets_none()
    {
        var story = new StoryDraft { Sections = new() { Action = "I made *one two three four five six seven eight nine ten* happen." }};

        Assert.All(TitleSuggestions.For(story), t => Assert.True(t.Split(' ').Length <= TitleSuggestions.MaxWords, t));
        Assert.Equal("One two three four five six seven eight", TitleSuggestions.For(story)[0]);
        Assert.Empty(TitleSuggestions.For(new StoryDraft()));
    }
}
