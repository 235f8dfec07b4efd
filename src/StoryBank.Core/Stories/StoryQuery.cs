namespace StoryBank.Core.Stories;

/// <summary>One page of the stories list: filter, full-text search, order and paging.</summary>
public sealed record StoryQuery
{
    public string? CategorySlug { get; init; }

    /// <summary>Words to find in any text of a story; each matches as a prefix ("kube" finds "kubernetes").</summary>
    public string? Search { get; init; }

    public StorySort Sort { get; init; } = StorySort.Relevance;

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
