namespace StoryBank.Core.Targets;

/// <summary>A model's competency a job description asks for, with the sentences behind it, to accept or remove.</summary>
public sealed record ProposedCompetency(CompetencyDefinition Competency, double Score, IReadOnlyList<MatchEvidence> Evidence);
