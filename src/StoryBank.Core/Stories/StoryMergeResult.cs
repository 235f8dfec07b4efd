namespace StoryBank.Core.Stories;

/// <summary>What <see cref="StoryMerge.Merge"/> made of two edits.</summary>
/// <param name="Merged">Both sides' changes; a conflicting field holds my text.</param>
/// <param name="TakenFromTheirs">Fields only the other side changed, taken from it (names as the form shows them).</param>
/// <param name="Conflicts">Fields both sides changed differently: the person chooses.</param>
public sealed record StoryMergeResult(StoryDraft Merged, IReadOnlyList<string> TakenFromTheirs, IReadOnlyList<MergeConflict> Conflicts);
