using StoryBank.Core.Coaching;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Fill;

/// <summary>One finding the fill flow can fix with a single text box: its kind, where the text goes and what to ask.</summary>
public sealed record FillGap(Finding Finding, FillKind Kind, FillTarget Target, string Prompt)
{
    public int StoryId => Finding.StoryId ?? throw new InvalidOperationException("A fill gap is always about a story.");

    /// <summary>The section the text goes into, or null when it goes into the follow-ups.</summary>
    public StorySection? Section => Target switch
    {
        FillTarget.Situation => StorySection.Situation,
        FillTarget.Role => StorySection.Role,
        FillTarget.Action => StorySection.Action,
        FillTarget.Outcome => StorySection.Outcome,
        _ => null,
    };
}
