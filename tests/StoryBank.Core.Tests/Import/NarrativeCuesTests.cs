using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Import;

public sealed class NarrativeCuesTests
{
    [Theory]
    [InlineData("I was on call and became incident commander.", StorySection.Role)]
    [InlineData("Step 1 of my plan was a checklist, step 2 a buddy for every new hire.", StorySection.Action)]
    [InlineData("I rolled back the config push.", StorySection.Action)]
    [InlineData("In the end we were back to normal in 50 minutes.", StorySection.Outcome)]
    public void Being_on_call_tells_the_role_and_the_steps_of_a_plan_tell_the_action(string sentence, StorySection section)
    {
        Assert.Equal(section, NarrativeCues.Classify(sentence));
    }
}
