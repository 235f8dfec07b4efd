namespace StoryBank.Core.Stories;

/// <summary>One STAR story. Text sections hold Markdown as the person wrote it.</summary>
public sealed class Story
{
    public int Id { get; set; }

    /// <summary>A short hook, 3–8 words, to recall the story at a glance.</summary>
    public string Title { get; set; } = "";

    /// <summary>The STAR sections, each in its own column.</summary>
    public StarSections Sections { get; set; } = StarSections.Empty;

    /// <summary>Short phrases around numbers, in order ("10x surge in ticket volume").</summary>
    public List<string> Metrics { get; set; } = [];

    /// <summary>Prepared follow-up questions and answers, in order.</summary>
    public List<FollowUp> FollowUps { get; set; } = [];

    public int? CategoryId { get; set; }

    public Category? Category { get; set; }

    /// <summary>The questions this story answers; one question may have several stories.</summary>
    public List<Question> Questions { get; set; } = [];

    /// <summary>File name of the notes this story was imported from, or null when written in the app.</summary>
    public string? SourceFile { get; set; }

    public int? SourceLine { get; set; }

    public int? SourceEndLine { get; set; }

    /// <summary>Identifies the story within its notes file across re-imports (file name and question); null when written in the app.</summary>
    public string? ImportKey { get; set; }

    /// <summary>Hash of the content as last imported: an unchanged hash means the notes did not change.</summary>
    public string? ImportHash { get; set; }

    /// <summary><see cref="Version"/> right after the last import; a higher version means it was edited in the app since.</summary>
    public int? ImportedVersion { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; the time of the last save from any front end.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>Concurrency token: raised on every save, so a write based on an older version fails.</summary>
    public int Version { get; set; }
}
