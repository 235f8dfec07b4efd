namespace StoryBank.Core.Practice;

/// <summary>The question to practise now, with what the page shows about it.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="CategorySlug">Its category's slug, or null.</param>
/// <param name="CategoryName">Its category's name, or null.</param>
/// <param name="StoryId">The story the cue card shows for it, or null when none answers it yet.</param>
/// <param name="Reason">Why the scheduler picked it.</param>
/// <param name="Attempts">How often it was practised before.</param>
/// <param name="LastRating">The latest rating, or null when new.</param>
/// <param name="DueAt">UTC: when it was due, or null when new.</param>
public sealed record PracticeQuestion(
    int QuestionId,
    string Text,
    string? CategorySlug,
    string? CategoryName,
    int? StoryId,
    PracticeReason Reason,
    int Attempts,
    PracticeRating? LastRating,
    DateTime? DueAt);
