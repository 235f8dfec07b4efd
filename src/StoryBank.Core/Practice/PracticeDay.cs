namespace StoryBank.Core.Practice;

/// <summary>One day of practice, in the local calendar.</summary>
/// <param name="Day">The local date.</param>
/// <param name="Attempts">Attempts that day; 0 for a day without practice.</param>
/// <param name="AverageDuration">Mean time on the timer, or null for a day without practice.</param>
public sealed record PracticeDay(DateOnly Day, int Attempts, TimeSpan? AverageDuration);
