namespace StoryBank.Core.Stories;

/// <summary>An interviewer's probe the person prepared for, with their answer (which may still be empty).</summary>
public sealed record FollowUp
{
    public string Question { get; init; } = "";

    public string Answer { get; init; } = "";
}
