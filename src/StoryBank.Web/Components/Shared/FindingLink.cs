using StoryBank.Core.Coaching;

namespace StoryBank.Web.Components.Shared;

/// <summary>Where a finding is fixed: the editor opened at the field, or a new story in the category.</summary>
public static class FindingLink
{
    public static string For(Finding finding) => finding.StoryId is { } id
        ? $"stories/{id}/edit?field={Uri.EscapeDataString(finding.Field ?? "Title")}"
        : $"stories/new?category={Uri.EscapeDataString(finding.CategorySlug ?? "")}";
}
