namespace StoryBank.Core.Targets;

/// <summary>A category a job description asks for, with every sentence that says so.</summary>
/// <param name="Slug">The category's slug.</param>
/// <param name="Name">The category's name in the taxonomy.</param>
/// <param name="Score">The evidence's weights added up.</param>
/// <param name="Proposed">True when the score reaches <see cref="JobDescriptionMatcher.ProposeAt"/>: the matcher proposes it.</param>
/// <param name="Evidence">In the order of the description.</param>
public sealed record CategoryMatch(string Slug, string Name, double Score, bool Proposed, IReadOnlyList<MatchEvidence> Evidence);
