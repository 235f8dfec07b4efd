namespace StoryBank.Core.Practice;

/// <summary>A story at a glance, to check an answer against: its hook, numbers, how each STAR section starts, what may be asked next.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Title">The story's title, else its first question.</param>
/// <param name="Metrics">Its metrics, in order.</param>
/// <param name="Lines">The first line of situation, role, action and outcome (empty text for an empty section), then of the notes when there are any.</param>
/// <param name="FollowUps">The follow-up questions to expect.</param>
/// <param name="OtherStories">How many more stories answer the same question.</param>
public sealed record CueCard(
    int StoryId,
    string Title,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<CueLine> Lines,
    IReadOnlyList<string> FollowUps,
    int OtherStories);
