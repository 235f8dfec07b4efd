namespace StoryBank.Core.Import;

/// <summary>What an import does, or would do, with one story from the notes.</summary>
public enum ImportAction
{
    /// <summary>New in the notes: it will be added.</summary>
    Create,

    /// <summary>Changed in the notes and not edited in the app: it will be updated.</summary>
    Update,

    /// <summary>Same as last time: nothing to do.</summary>
    Unchanged,

    /// <summary>Edited or deleted in the app since it was imported: kept as it is, never overwritten or brought back.</summary>
    Skip,

    /// <summary>Breaks a rule (a section too long, say): not imported; the reason is given.</summary>
    Reject,
}
