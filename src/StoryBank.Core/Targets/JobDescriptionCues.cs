using System.Text.Json;
using System.Text.Json.Serialization;
using StoryBank.Core.Data;

namespace StoryBank.Core.Targets;

/// <summary>
/// The cues the job-description matcher looks for: each category's taxonomy cues minus those <c>jd-cues.json</c>
/// ignores, plus the phrases it adds. Read once from the embedded file.
/// </summary>
internal sealed class JobDescriptionCues
{
    private static readonly Lazy<JobDescriptionCues> BuiltInInstance = new(() => Build(Taxonomy.BuiltIn, LoadFile()));

    private JobDescriptionCues(IReadOnlyList<(string Cue, int Category)> cues, IReadOnlyList<string> notCues)
    {
        Cues = cues;
        NotCues = notCues;
    }

    public static JobDescriptionCues BuiltIn => BuiltInInstance.Value;

    /// <summary>Every cue with its category's position in the taxonomy, longest first so a longer phrase wins at a word.</summary>
    public IReadOnlyList<(string Cue, int Category)> Cues { get; }

    /// <summary>Words that start like a cue but are not one ("failover", "coachable"): a shorter cue never matches at them.</summary>
    public IReadOnlyList<string> NotCues { get; }

    internal static JobDescriptionCues Build(Taxonomy taxonomy, CueFile file)
    {
        var extra = file.Categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var cues = taxonomy.Categories.SelectMany((category, index) =>
        {
            var own = extra.GetValueOrDefault(category.Slug);
            return category.Cues
                .Where(cue => own is null || !own.Ignore.Contains(cue, StringComparer.Ordinal))
                .Concat(own?.Cues ?? [])
                .Distinct(StringComparer.Ordinal)
                .Select(cue => (cue, index));
        });
        return new JobDescriptionCues([.. cues.OrderByDescending(c => c.cue.Length).ThenBy(c => c.index)], file.NotCues);
    }

    private static CueFile LoadFile()
    {
        using var stream = typeof(JobDescriptionCues).Assembly.GetManifestResourceStream("StoryBank.Core.Data.jd-cues.json")
            ?? throw new InvalidOperationException("The embedded jd-cues.json is missing from StoryBank.Core.");
        return JsonSerializer.Deserialize<CueFile>(stream)
            ?? throw new InvalidOperationException("The embedded jd-cues.json is empty.");
    }

    /// <summary><c>jd-cues.json</c> as written.</summary>
    internal sealed class CueFile
    {
        [JsonPropertyName("notCues")]
        public IReadOnlyList<string> NotCues { get; init; } = [];

        [JsonPropertyName("categories")]
        public IReadOnlyList<CueCategory> Categories { get; init; } = [];
    }

    /// <summary>One category's entry in <c>jd-cues.json</c>.</summary>
    internal sealed class CueCategory
    {
        [JsonPropertyName("slug")]
        public required string Slug { get; init; }

        [JsonPropertyName("cues")]
        public IReadOnlyList<string> Cues { get; init; } = [];

        [JsonPropertyName("ignore")]
        public IReadOnlyList<string> Ignore { get; init; } = [];
    }
}
