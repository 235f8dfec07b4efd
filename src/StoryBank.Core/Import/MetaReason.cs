namespace StoryBank.Core.Import;

/// <summary>Why text stays out of the stories: each has its own warning.</summary>
internal enum MetaReason
{
    None,
    DocumentTitle,

    /// <summary>A heading of a section about the interview itself (checklist, tips, STAR reminder).</summary>
    NonQuestionSection,

    /// <summary>Text under such a section.</summary>
    InNonQuestionSection,

    /// <summary>Text before any question, or between stories.</summary>
    OutsideStory,
    FrontMatter,
    EmptyBullet,
    EmptyHeading,

    /// <summary>The person chose to leave the block out.</summary>
    Chosen,

    /// <summary>Folding markup (<c>&lt;details&gt;</c>): consumed as structure.</summary>
    Markup,

    /// <summary>A question × story grid (<see cref="StoryGrid"/>): it links stories to questions, consumed as structure.</summary>
    StoryGrid,
}
