using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>One story as the importer read it from the notes: the JSON contract's <c>stories[]</c> entry.</summary>
public sealed record ImportedStory
{
    /// <summary>The question as written; empty for a story-first entry.</summary>
    public string Question { get; init; } = "";

    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>A category slug, or null when neither a group heading nor the question's wording says.</summary>
    public string? Category { get; init; }

    public string Title { get; init; } = "";

    /// <summary>Written as six fields (<c>"situation"</c> … <c>"notes"</c>): see <see cref="StarSectionsJson"/>.</summary>
    public StarSections Sections { get; init; } = StarSections.Empty;

    public IReadOnlyList<string> Metrics { get; init; } = [];

    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    public required ImportSource Source { get; init; }
}
