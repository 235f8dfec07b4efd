namespace StoryBank.Core.Fill;

/// <summary>Where the text written for a gap goes.</summary>
public enum FillTarget
{
    Situation,
    Role,
    Action,
    Outcome,

    /// <summary>A new follow-up question, added after the others.</summary>
    NewFollowUp,

    /// <summary>The answer to the story's first follow-up that has none.</summary>
    FollowUpAnswer,
}
