namespace StoryBank.Core.Stories;

/// <summary>
/// One row of the stories list. With a search, <see cref="Highlight"/> holds the best matching passage with each match
/// between <see cref="StorySearch.MatchStart"/> and <see cref="StorySearch.MatchEnd"/>.
/// </summary>
public sealed record StoryListItem(
    int Id,
    string Title,
    IReadOnlyList<string> Questions,
    string? CategorySlug,
    string? CategoryName,
    DateTime UpdatedAt,
    int FilledStarSections,
    string? Highlight);
