namespace StoryBank.Core.Stories;

/// <summary>How the stories list is ordered.</summary>
public enum StorySort
{
    /// <summary>Best match first; only with a search, otherwise the same as <see cref="LastChanged"/>.</summary>
    Relevance,
    LastChanged,
    Title,

    /// <summary>Most STAR sections filled first.</summary>
    Readiness,
}
