namespace StoryBank.Core.Import;

/// <summary>What one block of the notes is, as <see cref="RoleInference"/> decided (or the person corrected).</summary>
public enum BlockRole
{
    /// <summary>Text of the story around it: sections, labels inside it, probes and follow-ups are sorted out in assembly.</summary>
    Answer,

    /// <summary>Starts a story: a question heading, a question in a list, a <c>Q:</c> line, a bold prompt.</summary>
    Question,

    /// <summary>Starts a story that is named, not asked ("Story: Billing migration").</summary>
    StoryTitle,

    /// <summary>A category, competency or company heading: its stories take its category.</summary>
    Group,

    /// <summary>A heading that labels a STAR section of the story it is in ("#### Situation").</summary>
    SectionLabel,

    /// <summary>A question about the story at hand: a follow-up, or a probe that names one section ("What was your role?").</summary>
    FollowUp,

    /// <summary>The document's title, tips, checklists, "questions to ask them": kept in warnings, not in stories.</summary>
    Meta,

    /// <summary>Text the person put in the story's notes as it is.</summary>
    Notes,

    /// <summary>Left out on purpose: kept in a warning.</summary>
    Ignore,
}
