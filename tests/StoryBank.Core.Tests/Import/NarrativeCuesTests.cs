using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Import;

public sealed class NarrativeCuesTests
{
    [Fact]
    public void A_hard_wrapped_paragraph_splits_into_sentences_that_run_across_its_lines()
    {
        NoteLine[] lines =
        [
            new(1, 0, "When I joined the platform team, code reviews sat for three or four days"),
            new(2, 73, "and people had started merging with a single approval. I was the newest"),
            new(3, 146, "senior on the team."),
        ];
        var units = new List<NoteLine>();

        NarrativeCues.Split(lines, [], units);

        Assert.Equal(
            [(1, "When I joined the platform team, code reviews sat for three or four days\nand people had started merging with a single approval."), (2, "I was the newest\nsenior on the team.")],
            units.Select(u => (u.Number, u.Text)));
    }

    [Theory]
    [InlineData("ran a weekly paper club for 6 months", "two of the juniors got promoted")]
    [InlineData("Kept the status page updated every 15 minutes and the channel informed of it", "I rolled back the deploy")]
    [InlineData("so this was at my last job and the service kept timing out for some customers", "i was asked to take it over")]
    public void Short_lines_and_lines_that_start_a_sentence_of_their_own_are_no_hard_wrap(string line, string next)
    {
        Assert.False(NarrativeCues.IsHardWrap(line, next));
    }

    [Theory]
    [InlineData("I was his tech lead, not his manager.", StorySection.Role)]
    [InlineData("I was the support engineer on their account.", StorySection.Role)]
    [InlineData("what i took away from it is that prod is different.", StorySection.Reflection)]
    [InlineData("Within two months his rollover rate was down to 2 tickets.", StorySection.Outcome)]
    [InlineData("Working on it: I now write a note on every ticket.", StorySection.Action)]
    public void A_sentence_s_wording_points_to_its_section(string sentence, StorySection section)
    {
        Assert.Equal(section, NarrativeCues.Classify(sentence));
    }

    [Theory]
    [InlineData("They expanded to 12 more warehouses that year.", StorySection.Outcome)]
    [InlineData("We shipped a fix to 12 more warehouses.", null)]
    [InlineData("in other words - plus a 15 day cutoff", null)]
    [InlineData("They were happy with it.", null)]
    public void After_the_action_a_new_sentence_with_a_number_about_others_is_the_outcome(string sentence, StorySection? section)
    {
        Assert.Equal(section, NarrativeCues.AfterAction(StorySection.Action, sentence));
    }

    [Theory]
    [InlineData("Paired with a mid-level engineer on system design for a month.", StorySection.Action)]
    [InlineData("Restored it within 15 minutes.", StorySection.Action)]
    [InlineData("His next design review passed without a rewrite.", StorySection.Outcome)]
    [InlineData("I've used this for the last 3 projects; none of them had a scope fight after week one.", StorySection.Outcome)]
    public void Notes_that_drop_the_I_or_tell_what_did_not_happen_again_point_to_their_section(string sentence, StorySection section)
    {
        Assert.Equal(section, NarrativeCues.Classify(sentence));
    }

    [Theory]
    [InlineData("Joined a new team last spring.")]
    [InlineData("Based on the logs it was the cache.")]
    [InlineData("The next day the vendor called back.")]
    public void Context_and_time_moving_on_have_no_cue(string sentence)
    {
        Assert.Null(NarrativeCues.Classify(sentence));
    }

    [Theory]
    [InlineData("I was on call and became incident commander.", StorySection.Role)]
    [InlineData("Step 1 of my plan was a checklist, step 2 a buddy for every new hire.", StorySection.Action)]
    [InlineData("I rolled back the config push.", StorySection.Action)]
    [InlineData("In the end we were back to normal in 50 minutes.", StorySection.Outcome)]
    [InlineData("last quarter that meant dropping the admin redesign", StorySection.Outcome)]
    public void Being_on_call_tells_the_role_and_the_steps_of_a_plan_tell_the_action(string sentence, StorySection section)
    {
        Assert.Equal(section, NarrativeCues.Classify(sentence));
    }
}
