namespace StoryBank.Core.Practice;

/// <summary>One past attempt as the scheduler sees it.</summary>
/// <param name="QuestionId">The question practised.</param>
/// <param name="Rating">How it went.</param>
/// <param name="AttemptedAt">UTC.</param>
public sealed record PracticeLogEntry(int QuestionId, PracticeRating Rating, DateTime AttemptedAt);
