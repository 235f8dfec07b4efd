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
    string? Highlight)
{
    /// <summary>What the person recognises the story by: its title, else its first question (the stories list sorts by the same).</summary>
    public string Label => SectionText.IsFilled(Title) ? Title : Questions.FirstOrDefault(SectionText.IsFilled) ?? "(untitled story)";

    /// <summary>The questions other than the one used as <see cref="Label"/>.</summary>
    public IEnumerable<string> OtherQuestions => SectionText.IsFilled(Title) ? Questions : Questions.Skip(1);
}
