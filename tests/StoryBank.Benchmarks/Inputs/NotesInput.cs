namespace StoryBank.Benchmarks.Inputs;

/// <summary>The notes a benchmark reads; see <see cref="NotesInputs"/>.</summary>
public enum NotesInput
{
    /// <summary>The tests' copy of <c>seeds/interview-notes.md</c>, the person's own notes (about 6 KB).</summary>
    Seed,

    /// <summary>Generated notes of at most 1 MB.</summary>
    Notes1MB,

    /// <summary>Generated notes of at most 5 MB, the largest file <c>NotesFile</c> accepts, so the largest worth timing.</summary>
    Notes5MB,
}
