using StoryBank.Core.Stories;

namespace StoryBank.Core.Export;

/// <summary>A story with everything an export prints, its category resolved.</summary>
public sealed record ExportStory
{
    public required int Id { get; init; }

    public string Title { get; init; } = "";

    /// <summary>The questions it answers; the first is the main one.</summary>
    public IReadOnlyList<ExportQuestion> Questions { get; init; } = [];

    public string? CategorySlug { get; init; }

    public string? CategoryName { get; init; }

    public StarSections Sections { get; init; } = StarSections.Empty;

    public IReadOnlyList<string> Metrics { get; init; } = [];

    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    /// <summary>
    /// On a target's sheet, the heading the story is already printed under in full: here it is only named by its
    /// title, so a story covering several competencies does not make the sheet longer. Null everywhere else.
    /// </summary>
    public string? PrintedUnder { get; init; }
}
