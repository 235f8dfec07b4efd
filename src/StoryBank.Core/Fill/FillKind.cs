namespace StoryBank.Core.Fill;

/// <summary>The kinds of gap the fill flow walks through, to narrow the walk.</summary>
public enum FillKind
{
    /// <summary>A STAR section with nothing in it.</summary>
    EmptySection,

    /// <summary>An outcome without a number.</summary>
    NoMetric,

    /// <summary>Fewer than two follow-ups prepared, or a follow-up without an answer.</summary>
    NoFollowUps,

    /// <summary>Too short to tell (under a minute).</summary>
    TooShort,
}
