using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>Where the text after a label goes.</summary>
internal enum LabelKind
{
    Section,
    Title,
    Metrics,
    FollowUps,
    Question,
    Answer,

    /// <summary>A line naming what a story answers ("Questions: conflict, failure", "Use for: …", "LPs: Ownership").</summary>
    Answers,
}

/// <summary>A recognised label: its kind, the section for <see cref="LabelKind.Section"/>, and where its text starts.</summary>
internal readonly record struct LabelMatch(LabelKind Kind, StorySection Section, int ContentStart);
