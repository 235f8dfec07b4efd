using StoryBank.Core.Stories;

namespace StoryBank.Core.Targets;

/// <summary>One competency a target asks about ("Customer Obsession"), with the categories whose stories answer it.</summary>
public sealed class TargetCompetency
{
    public int Id { get; set; }

    public int TargetId { get; set; }

    public required string Name { get; set; }

    /// <summary>Position in the target's list; the sheet and coverage follow it.</summary>
    public int SortOrder { get; set; }

    /// <summary>Slugs of the categories whose stories cover this competency by default.</summary>
    public List<string> CategorySlugs { get; set; } = [];

    /// <summary>Questions the interviewer may ask for it; empty means the categories' canonical questions.</summary>
    public List<string> Questions { get; set; } = [];

    /// <summary>
    /// The stories the person picked for it. Empty means "the stories of <see cref="CategorySlugs"/>". Removing a
    /// target or competency removes only these links, never a story.
    /// </summary>
    public List<Story> Stories { get; set; } = [];
}
