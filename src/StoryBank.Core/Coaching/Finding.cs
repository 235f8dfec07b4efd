namespace StoryBank.Core.Coaching;

/// <summary>
/// One thing to fix: which check found it (<see cref="CheckId"/>, stable across runs), where (a story and the field the
/// editor should open at, or a category), how bad it is and why it matters, in one sentence.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable for the same problem in the same place: <c>{check}/story/{id}</c> or <c>{check}/category/{slug}</c>.</summary>
    public string Id => StoryId is { } id ? $"{CheckId}/story/{id}" : $"{CheckId}/category/{CategorySlug}";

    /// <summary>The check, e.g. <c>empty-outcome</c>; see <see cref="CoachingChecks"/>.</summary>
    public required string CheckId { get; init; }

    public required FindingSeverity Severity { get; init; }

    /// <summary>A short heading: "Outcome is empty".</summary>
    public required string Title { get; init; }

    /// <summary>Why it matters, in one sentence.</summary>
    public required string Explanation { get; init; }

    /// <summary>The story field to fix (<c>Outcome</c>, <c>FollowUps</c>…), or null for a category finding.</summary>
    public string? Field { get; init; }

    public int? StoryId { get; init; }

    /// <summary>The story's title, else its first question.</summary>
    public string? StoryLabel { get; init; }

    public string? CategorySlug { get; init; }

    public string? CategoryName { get; init; }

    /// <summary>Lower comes first in "what to fill next".</summary>
    public int Rank { get; init; }
}
