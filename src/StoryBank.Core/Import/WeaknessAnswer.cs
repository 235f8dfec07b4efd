using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// An answer to "What's your biggest weakness?" opens by naming the weakness ("I take on too much myself"). It is told
/// in the first person like an action, yet it is the situation the rest of the answer works on ("I now write…"), as
/// people who label these answers write it ("situation: I say yes to too many side requests").
/// </summary>
internal static class WeaknessAnswer
{
    /// <summary>
    /// The section of an unlabelled sentence given its <paramref name="cue"/>: Situation for the opening of a weakness
    /// answer that has no cue or an action's, else the cue.
    /// </summary>
    public static StorySection? Opening(StoryBuilder story, StorySection? cue) =>
        cue is null or StorySection.Action && story.NarrativeSection is null
            && (story.NamedCategory ?? story.GroupCategory ?? CategoryClassifier.FromQuestion(story.Question)) == "weaknesses"
            ? StorySection.Situation
            : cue;
}
