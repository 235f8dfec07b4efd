namespace StoryBank.Core.Practice;

/// <summary>How practice of one question has gone.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="CategoryName">Its category's name, or null.</param>
/// <param name="Attempts">Number of attempts.</param>
/// <param name="AverageDuration">Mean time on the timer.</param>
/// <param name="LastRating">The latest rating.</param>
/// <param name="LastAttemptAt">UTC time of the latest attempt.</param>
/// <param name="DueAt">UTC: when the schedule brings it back.</param>
public sealed record QuestionHistory(
    int QuestionId,
    string Text,
    string? CategoryName,
    int Attempts,
    TimeSpan AverageDuration,
    PracticeRating LastRating,
    DateTime LastAttemptAt,
    DateTime DueAt);
