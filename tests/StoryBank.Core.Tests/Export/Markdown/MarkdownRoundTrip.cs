using StoryBank.Core.Data;
using StoryBank.Core.Export;
using StoryBank.Core.Export.Markdown;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Export.Markdown;

/// <summary>Notes → stories → Markdown → stories, and every difference between the two readings.</summary>
internal static class MarkdownRoundTrip
{
    /// <summary>The stories as <see cref="ExportService"/> would hand them over: in taxonomy order, stories without a category last.</summary>
    public static List<ExportStory> ToExport(IEnumerable<ImportedStory> stories)
    {
        var categories = Taxonomy.BuiltIn.Categories.Select((c, index) => (c.Slug, c.Name, Order: index)).ToDictionary(c => c.Slug);
        return stories
            .Select((s, index) => new ExportStory
            {
                Id = index + 1,
                Title = s.Title,
                Questions = s.Question.Length > 0 ? [new ExportQuestion(s.Question, s.Variants)] : [],
                CategorySlug = s.Category,
                CategoryName = s.Category is { } slug ? categories[slug].Name : null,
                Sections = s.Sections,
                Metrics = s.Metrics,
                FollowUps = s.FollowUps,
            })
            .OrderBy(s => s.CategorySlug is { } slug ? categories[slug].Order : int.MaxValue)
            .ThenBy(s => s.Id)
            .ToList();
    }

    /// <summary>
    /// The story with the metrics the importer keeps for its text: the listed ones, then those found in the sections
    /// that no listed one contains (the rule of StoryBuilder.Build). The importer always finds those, so a story made
    /// up in a test must list them to come back the same; see the test on a number missing from the metrics.
    /// </summary>
    public static ExportStory WithTextMetrics(ExportStory story)
    {
        var found = MetricExtractor.Extract([.. story.Sections.Texts().Select(t => t.Text)]);
        var metrics = story.Metrics
            .Concat(found.Where(m => !story.Metrics.Any(e => e.Contains(m, StringComparison.OrdinalIgnoreCase))))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return story with { Metrics = metrics };
    }

    /// <summary>Writes the stories, reads the Markdown back and lists every field that came back different.</summary>
    public static (string Markdown, NotesImport ReadBack, List<string> Differences) Run(IReadOnlyList<ExportStory> stories)
    {
        var markdown = MarkdownExport.Write(stories);
        var readBack = NotesParser.Parse(markdown, "export.md");
        var differences = new List<string>();
        if (readBack.Stories.Count != stories.Count)
        {
            differences.Add($"wrote {stories.Count} stories, read back {readBack.Stories.Count}: {string.Join(" | ", readBack.Stories.Select(s => s.Question.Length > 0 ? s.Question : "story: " + s.Title))}");
        }

        var inOrder = new List<string>();
        for (var i = 0; i < Math.Min(stories.Count, readBack.Stories.Count); i++)
        {
            Compare(stories[i], readBack.Stories[i], $"story {i + 1}", inOrder);
        }

        // A story that cannot open its group with a heading is written after one that can: the same stories, in
        // another order within their group, are a faithful round trip.
        var unmatched = readBack.Stories.ToList();
        var allMatch = inOrder.Count == 0 || stories.All(expected =>
        {
            var match = unmatched.FindIndex(actual => Same(expected, actual));
            if (match >= 0)
            {
                unmatched.RemoveAt(match);
            }

            return match >= 0;
        });
        if (!allMatch)
        {
            differences.AddRange(inOrder);
        }

        return (markdown, readBack, differences);
    }

    private static bool Same(ExportStory expected, ImportedStory actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "", differences);
        return differences.Count == 0;
    }

    private static void Compare(ExportStory expected, ImportedStory actual, string where, List<string> differences)
    {
        void Field(string name, object? want, object? got)
        {
            if (!Equals(want, got))
            {
                differences.Add($"{where} {name}: wrote «{want}», read «{got}»");
            }
        }

        var question = expected.Questions.Count > 0 ? expected.Questions[0] : new ExportQuestion("", []);
        Field("question", question.Text, actual.Question);
        Field("variants", string.Join(" | ", question.Variants), string.Join(" | ", actual.Variants));
        Field("category", expected.CategorySlug, actual.Category);
        Field("title", expected.Title, actual.Title);
        Field("situation", expected.Sections.Situation, actual.Sections.Situation);
        Field("role", expected.Sections.Role, actual.Sections.Role);
        Field("action", expected.Sections.Action, actual.Sections.Action);
        Field("outcome", expected.Sections.Outcome, actual.Sections.Outcome);
        Field("reflection", expected.Sections.Reflection, actual.Sections.Reflection);
        Field("notes", expected.Sections.Notes, actual.Sections.Notes);
        Field("metrics", string.Join(" | ", expected.Metrics), string.Join(" | ", actual.Metrics));
        Field("follow-ups", string.Join(" | ", expected.FollowUps.Select(f => $"{f.Question} → {f.Answer}")), string.Join(" | ", actual.FollowUps.Select(f => $"{f.Question} → {f.Answer}")));
    }
}
