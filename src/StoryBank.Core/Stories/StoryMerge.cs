namespace StoryBank.Core.Stories;

/// <summary>
/// Three-way merge of two edits of one story, field by field: the version both started from, the one saved elsewhere
/// ("theirs") and the one being saved ("mine"). A field changed on one side only takes that side; a field changed on
/// both sides, differently, is a conflict for the person to decide. Lists (questions, metrics, follow-ups) count as one
/// field each.
/// </summary>
public static class StoryMerge
{
    private static readonly IReadOnlyList<MergeField> Fields =
    [
        new("Title", d => d.Title, (to, from) => to.Title = from.Title),
        new("Questions", d => string.Join("\n", d.Questions), (to, from) => to.Questions = [.. from.Questions]),
        new("Category", d => d.CategoryId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", (to, from) => to.CategoryId = from.CategoryId),
        .. StarSections.All.Select(section => new MergeField(
            section.ToString(), d => d.Sections.Get(section), (to, from) => to.Sections = to.Sections.With(section, from.Sections.Get(section)))),
        new("Metrics", d => string.Join("\n", d.Metrics), (to, from) => to.Metrics = [.. from.Metrics]),
        new("Follow-ups", d => string.Join("\n\n", d.FollowUps.Select(f => $"{f.Question}\n{f.Answer}")), (to, from) => to.FollowUps = [.. from.FollowUps]),
    ];

    /// <summary>Merges <paramref name="mine"/> and <paramref name="theirs"/>, both edits of <paramref name="ancestor"/>.</summary>
    /// <returns>The merge; a conflicting field holds my text until <see cref="TakeTheirs"/> says otherwise.</returns>
    public static StoryMergeResult Merge(StoryDraft ancestor, StoryDraft theirs, StoryDraft mine)
    {
        var merged = new StoryDraft();
        var fromTheirs = new List<string>();
        var conflicts = new List<MergeConflict>();
        foreach (var field in Fields)
        {
            var (was, their, my) = (field.Text(ancestor), field.Text(theirs), field.Text(mine));
            if (my == was && their != was)
            {
                field.Copy(merged, theirs);
                fromTheirs.Add(field.Name);
                continue;
            }

            field.Copy(merged, mine);
            if (my != was && their != was && my != their)
            {
                conflicts.Add(new MergeConflict(field.Name, was, their, my));
            }
        }

        return new StoryMergeResult(merged, fromTheirs, conflicts);
    }

    /// <summary>Puts the version saved elsewhere of one field (a <see cref="MergeConflict.Field"/>) into <paramref name="target"/>.</summary>
    public static void TakeTheirs(StoryDraft target, StoryDraft theirs, string field) =>
        Fields.Single(f => f.Name == field).Copy(target, theirs);

    private sealed record MergeField(string Name, Func<StoryDraft, string> Text, Action<StoryDraft, StoryDraft> Copy);
}
