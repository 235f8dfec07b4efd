using StoryBank.Core.Coaching;

namespace StoryBank.Core.Fill;

/// <summary>One finding the fill flow can fix with a single text box: its kind, where the text goes and what to ask.</summary>
public sealed record FillGap(Finding Finding, FillKind Kind, FillTarget Target, string Prompt)
{
    public int StoryId => Finding.StoryId ?? throw new InvalidOperationException("A fill gap is always about a story.");
}
