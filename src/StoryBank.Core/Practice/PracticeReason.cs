namespace StoryBank.Core.Practice;

/// <summary>Why the scheduler picked a question, so the page can say so.</summary>
public enum PracticeReason
{
    /// <summary>Never practised.</summary>
    New,

    /// <summary>Its review date has come.</summary>
    Due,

    /// <summary>Among the worst rated ("weakest first").</summary>
    Weak,

    /// <summary>Nothing is due and nothing is new: the one due soonest, ahead of time.</summary>
    Ahead,
}
