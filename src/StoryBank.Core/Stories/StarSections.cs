namespace StoryBank.Core.Stories;

/// <summary>
/// The text sections of a story, once for the whole app: the story, the editor's draft, the import, the export and the
/// backup all hold this one value. Each section is Markdown as the person wrote it, "" when empty. Immutable: a change
/// is a new value (<see cref="With"/>), which EF Core stores in the story's own columns (a complex property).
/// </summary>
public sealed record StarSections
{
    /// <summary>No text in any section.</summary>
    public static StarSections Empty { get; } = new();

    /// <summary>Every section in STAR order, as the story page, the editor and the exports list them.</summary>
    public static IReadOnlyList<StorySection> All { get; } = Enum.GetValues<StorySection>();

    public string Situation { get; init; } = "";

    /// <summary>The task: what was the person's to do.</summary>
    public string Role { get; init; } = "";

    public string Action { get; init; } = "";

    /// <summary>The result.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>What was learned or would be done differently.</summary>
    public string Reflection { get; init; } = "";

    /// <summary>Imported material not yet sorted into a section.</summary>
    public string Notes { get; init; } = "";

    /// <summary>The text of one section.</summary>
    public string Get(StorySection section) => section switch
    {
        StorySection.Situation => Situation,
        StorySection.Role => Role,
        StorySection.Action => Action,
        StorySection.Outcome => Outcome,
        StorySection.Reflection => Reflection,
        StorySection.Notes => Notes,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>These sections with one of them replaced.</summary>
    public StarSections With(StorySection section, string text) => section switch
    {
        StorySection.Situation => this with { Situation = text },
        StorySection.Role => this with { Role = text },
        StorySection.Action => this with { Action = text },
        StorySection.Outcome => this with { Outcome = text },
        StorySection.Reflection => this with { Reflection = text },
        StorySection.Notes => this with { Notes = text },
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>Builds the sections from one text per section (a missing one is "").</summary>
    public static StarSections From(Func<StorySection, string?> text) =>
        All.Aggregate(Empty, (sections, section) => sections.With(section, text(section) ?? ""));

    /// <summary>The sections as stored: white space alone becomes "", anything else is kept exactly as written.</summary>
    public StarSections Normalized() => From(section => SectionText.Normalize(Get(section)));

    /// <summary>Every section with its text, in STAR order.</summary>
    public IEnumerable<(StorySection Section, string Text)> Texts() => All.Select(section => (section, Get(section)));
}
