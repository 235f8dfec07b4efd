namespace StoryBank.Core.Targets;

/// <summary>What adding a target takes.</summary>
/// <param name="Company">Required, at most <see cref="TargetService.MaxNameLength"/> characters.</param>
/// <param name="Role">May be empty.</param>
/// <param name="InterviewDate">The day, when known.</param>
/// <param name="ModelName">A built-in model's name or a saved model's; null for <see cref="BuiltInModels.GenericName"/>.</param>
/// <param name="CompetencyNames">The model's competencies to take, by name; null for all of them.</param>
public sealed record NewTarget(string Company, string Role, DateOnly? InterviewDate = null, string? ModelName = null, IReadOnlyList<string>? CompetencyNames = null);
