namespace StoryBank.Core.Practice;

/// <summary>How the next question is chosen.</summary>
public enum PracticeOrder
{
    /// <summary>Spaced repetition: due questions first, new ones mixed in (see <see cref="PracticeScheduler"/>).</summary>
    Due,

    /// <summary>The questions rated worst so far first, whether due or not.</summary>
    WeakestFirst,
}
