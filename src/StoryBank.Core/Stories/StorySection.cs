namespace StoryBank.Core.Stories;

/// <summary>The text sections of a story.</summary>
public enum StorySection
{
    Situation,
    Role,
    Action,
    Outcome,
    Reflection,
    Notes,
}
