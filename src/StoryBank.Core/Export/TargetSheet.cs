using StoryBank.Core.Targets;

namespace StoryBank.Core.Export;

/// <summary>
/// A target's cheat sheet: its "Why" answers, then each competency in the target's order with its stories. Each
/// story's <see cref="ExportStory.CategoryName"/> is the heading it stands under ("Why Acme?", "Customer Obsession"),
/// so the sheet prints with the same layouts as the stories grouped by category.
/// </summary>
public sealed record TargetSheet(TargetSummary Target, IReadOnlyList<ExportStory> Stories);
