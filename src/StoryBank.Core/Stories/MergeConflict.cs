namespace StoryBank.Core.Stories;

/// <summary>One field both sides changed differently, as text (list fields one item a line).</summary>
/// <param name="Field">The field's name as the form shows it ("Outcome", "Follow-ups").</param>
/// <param name="Ancestor">The text both started from.</param>
/// <param name="Theirs">The text saved elsewhere.</param>
/// <param name="Mine">The text being saved.</param>
public sealed record MergeConflict(string Field, string Ancestor, string Theirs, string Mine);
