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

    public string Situation { get; init; } = "";

    public string Role { get; init; } = "";

    public string Action { get; init; } = "";

    public string Outcome { get; init; } = "";

    public string Reflection { get; init; } = "";

    public string Notes { get; init; } = "";

    public IReadOnlyList<string> Metrics { get; init; } = [];

    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
}
