namespace StoryBank.Core.Targets;

/// <summary>The two questions every target asks besides its competencies.</summary>
public enum WhyKind
{
    /// <summary>"Why &lt;company&gt;?"</summary>
    Company,

    /// <summary>"Why this role?"</summary>
    Role,
}
