namespace StoryBank.Core.Coaching;

/// <summary>How much a finding hurts an answer in the interview room.</summary>
public enum FindingSeverity
{
    Low = 1,
    Medium = 2,
    High = 3,
}
