namespace StoryBank.Core.Practice;

/// <summary>Where a question stands in the SM-2 schedule after its attempts so far.</summary>
/// <param name="Repetitions">Successful reviews in a row (SM-2's n); a lapse sets it back to 0.</param>
/// <param name="EaseFactor">SM-2's E-Factor: how fast intervals grow; 2.5 to start, never below 1.3.</param>
/// <param name="Interval">The wait after the last attempt.</param>
/// <param name="DueAt">UTC: when the question should come back.</param>
/// <param name="LastRating">The latest rating.</param>
/// <param name="Attempts">How many times the question was practised.</param>
public sealed record ReviewState(int Repetitions, double EaseFactor, TimeSpan Interval, DateTime DueAt, PracticeRating LastRating, int Attempts);
