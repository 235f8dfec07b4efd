namespace StoryBank.Core.Export.Pdf;

/// <summary>One wrapped line: its runs in order, its width and its largest type size.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedRun> Runs, double Width, double Size)
{
    public string Text => string.Concat(Runs.Select(r => r.Run.Text));
}
