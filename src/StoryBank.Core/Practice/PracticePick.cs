namespace StoryBank.Core.Practice;

/// <summary>The scheduler's choice: a question, why, and its schedule so far (null when new).</summary>
public sealed record PracticePick(int QuestionId, PracticeReason Reason, ReviewState? State);
