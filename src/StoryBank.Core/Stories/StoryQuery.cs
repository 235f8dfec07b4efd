namespace StoryBank.Core.Stories;

/// <summary>One page of the stories list: filter, full-text search, order and paging.</summary>
public sealed record StoryQuery
{
    /// <summary>The <see cref="CategorySlug"/> that asks for the stories without a category.</summary>
    public const string NoCategory = "none";

    /// <summary>A category's slug, <see cref="NoCategory"/>, or null for every story.</summary>
    public string? CategorySlug { get; init; }

    /// <summary>Words to find in any text of a story; each matches as a prefix ("kube" finds "kubernetes").</summary>
    public string? Search { get; init; }

    public StorySort Sort { get; init; } = StorySort.Relevance;

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
