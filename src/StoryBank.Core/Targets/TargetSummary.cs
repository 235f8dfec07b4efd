namespace StoryBank.Core.Targets;

/// <summary>A target as a list shows it.</summary>
public sealed record TargetSummary(int Id, string Company, string Role, DateOnly? InterviewDate, string ModelName, int CompetencyCount)
{
    /// <summary>"Amazon — Senior Engineer".</summary>
    public string Title => Role.Length == 0 ? Company : $"{Company} — {Role}";
}
