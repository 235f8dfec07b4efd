using StoryBank.Core.Export;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Export.Pdf;

/// <summary>Made-up stories with every section filled, for layouts the seed does not exercise.</summary>
internal static class SampleStories
{
    private static readonly string[] Sentences =
    [
        "Two teams wanted the same build cluster for their release week and neither would move.",
        "I owned the migration plan and the on-call rota for the **payments** service.",
        "I set up a meeting with both leads, showed the queue data and proposed _staggered_ windows.",
        "We agreed on quotas and cut contention by 30% within a month, with no missed release.",
        "The `deploy-bot` now books windows itself, so nobody has to negotiate by hand again.",
        "Looking back, I would have shared the data before the meeting rather than during it.",
    ];

    private static readonly (string Slug, string Name)[] Categories =
    [
        ("conflict", "Conflict with peers"),
        ("leadership", "Leadership & growing people"),
        ("failure", "Mistakes & failures"),
        ("impact", "Proudest work & impact"),
    ];

    /// <summary>A story with every section holding a few sentences, two metrics and a follow-up.</summary>
    public static ExportStory Complete(int id, int sentencesPerSection = 2) => new()
    {
        Id = id,
        Title = $"The shared cluster, round {id}",
        Questions = [new ExportQuestion($"Tell me about a time you resolved a conflict over resources ({id})", [])],
        CategorySlug = Categories[id % Categories.Length].Slug,
        CategoryName = Categories[id % Categories.Length].Name,
        Sections = new() { Situation = Text(id, 0, sentencesPerSection), Role = Text(id, 1, sentencesPerSection), Action = Text(id, 2, sentencesPerSection), Outcome = Text(id, 3, sentencesPerSection), Reflection = Text(id, 5, sentencesPerSection), Notes = Text(id, 4, sentencesPerSection) },
        Metrics = [$"{id % 90 + 10}% less contention", $"{id % 7 + 2} teams"],
        FollowUps = [new FollowUp { Question = "What would you do differently?", Answer = Sentences[5] }],
    };

    /// <summary>Stories sorted by category the way the export loader sorts them.</summary>
    public static List<ExportStory> Many(int count, int sentencesPerSection = 2) =>
        [.. Enumerable.Range(1, count).Select(i => Complete(i, sentencesPerSection)).OrderBy(s => s.CategorySlug, StringComparer.Ordinal).ThenBy(s => s.Id)];

    public static ExportStory WithSituation(string situation) => Complete(1) with { Sections = Complete(1).Sections with { Situation = situation } };

    private static string Text(int id, int first, int count) =>
        string.Join(" ", Enumerable.Range(0, count).Select(i => Sentences[(first + i + id) % Sentences.Length]));
}
