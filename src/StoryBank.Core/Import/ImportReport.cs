namespace StoryBank.Core.Import;

/// <summary>An import's plan (a preview) or its result: one item per story, and the parser's warnings.</summary>
public sealed record ImportReport(string FileName, IReadOnlyList<ImportItem> Items, IReadOnlyList<ImportWarning> Warnings)
{
    public int Count(ImportAction action) => Items.Count(i => i.Action == action);

    /// <summary>Warnings plus a line for each skipped or rejected story, in line order, as <c>file:line: message</c>.</summary>
    public IEnumerable<string> Messages() =>
        Warnings.Select(w => (w.Line, w.Message))
            .Concat(Items.Where(i => i.Reason is not null).Select(i => (i.Story.Source.Line, i.Reason!)))
            .OrderBy(m => m.Item1)
            .Select(m => $"{FileName}:{m.Item1}: {m.Item2}");

    /// <summary>"2 created, 1 updated, 5 unchanged, 1 skipped (changed in the app since they were imported)".</summary>
    public string Summary()
    {
        var summary = $"{Count(ImportAction.Create)} created, {Count(ImportAction.Update)} updated, {Count(ImportAction.Unchanged)} unchanged, "
            + $"{Count(ImportAction.Skip)} skipped (changed in the app since they were imported)";
        var rejected = Count(ImportAction.Reject);
        return rejected == 0 ? summary : $"{summary}, {rejected} rejected (see below)";
    }
}
