namespace StoryBank.Core.Practice;

/// <summary>How an attempt went, in the person's own judgement; the scheduler turns it into the next review date.</summary>
public enum PracticeRating
{
    /// <summary>Could not tell it: the question comes back within minutes.</summary>
    Again = 1,

    /// <summary>Told it, with real effort.</summary>
    Hard = 2,

    /// <summary>Told it well.</summary>
    Good = 3,

    /// <summary>Told it without effort.</summary>
    Easy = 4,
}
