namespace StoryBank.Core.Stories;

/// <summary>One row of the stories list.</summary>
public sealed record StorySummary(
    int Id,
    string Title,
    IReadOnlyList<string> Questions,
    string? CategorySlug,
    string? CategoryName,
    DateTime UpdatedAt,
    int FilledStarSections);
