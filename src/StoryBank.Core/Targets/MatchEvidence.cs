namespace StoryBank.Core.Targets;

/// <summary>One sentence of a job description that asks for a competency.</summary>
/// <param name="Line">1-based line of the description.</param>
/// <param name="Sentence">The sentence as written (a list marker removed).</param>
/// <param name="Cue">The phrase that matched.</param>
/// <param name="Place">Where it stood: <c>title</c>, <c>requirements</c>, <c>text</c> or <c>boilerplate</c>, with <c>list</c> for a list item.</param>
/// <param name="Weight">What it adds to the competency's score.</param>
public sealed record MatchEvidence(int Line, string Sentence, string Cue, string Place, double Weight);
