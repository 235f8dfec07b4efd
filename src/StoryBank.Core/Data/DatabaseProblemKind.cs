namespace StoryBank.Core.Data;

/// <summary>What is wrong with the database file, as far as the person can act on it.</summary>
public enum DatabaseProblemKind
{
    /// <summary>The file is damaged (or not an SQLite database): restore it from a backup.</summary>
    Corrupt,

    /// <summary>The file or its folder cannot be written: check permissions.</summary>
    ReadOnly,

    /// <summary>Another program holds a lock on it: close it or wait for it to finish.</summary>
    Locked,

    /// <summary>The disk is full: free some space.</summary>
    Full,

    /// <summary>The file cannot be opened or read at all (missing folder, no permission, a disk error).</summary>
    Unreadable,
}
