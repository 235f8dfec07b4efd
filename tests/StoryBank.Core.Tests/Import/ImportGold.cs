using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

/// <summary>
/// Expected imports. The seed's gold is the spec's loose format (anchors, key phrases; <see cref="Check"/> lists every
/// difference). Every other gold is the whole import JSON (<see cref="CheckWhole"/>): an added, lost or changed field fails.
/// </summary>
internal static partial class ImportGold
{
    public static string TestDataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>
    /// Compares the whole import JSON with the gold (its optional <c>about</c> key aside). On a difference it writes
    /// <c>NAME.received.json</c> beside the gold in the source tree and returns a message; approving a change is copying
    /// the received file over the gold.
    /// </summary>
    public static string? CheckWhole(string goldName, NotesImport actual)
    {
        var received = ImportJson.Serialize(actual);
        var gold = JsonNode.Parse(File.ReadAllText(TestDataPath("Import", goldName)))!.AsObject();
        gold.Remove("about");
        var receivedPath = Path.Combine(SourceTestDataFolder(), "Import", goldName.Replace(".gold.json", ".received.json", StringComparison.Ordinal));
        var problems = gold.ContainsKey("records") ? CheckRecords(gold, JsonNode.Parse(received)!.AsObject(), actual) : [];
        if (gold.ContainsKey("records") ? problems.Count == 0 : JsonNode.DeepEquals(gold, JsonNode.Parse(received)))
        {
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received + "\n");
        return $"{goldName}: the import differs from the gold; see {receivedPath} (copy it over the gold to approve the change)\n{string.Join("\n", problems)}";
    }

    /// <summary>
    /// A hand-written gold in the record format (every key of every story given: <c>category</c> as a list whose first
    /// slug is expected, the six sections under <c>exact</c>): each record is mapped to the contract's story and compared
    /// whole, whitespace collapsed. Warnings must be as many as the gold lists, each at its line and carrying its words.
    /// </summary>
    private static List<string> CheckRecords(JsonObject gold, JsonObject received, NotesImport actual)
    {
        var problems = new List<string>();
        var records = gold["records"]!.AsArray();
        var stories = received["stories"]!.AsArray();
        if (records.Count != stories.Count)
        {
            problems.Add($"expected {records.Count} stories, got {stories.Count}: {string.Join(" | ", actual.Stories.Select(s => s.Question + "/" + s.Title))}");
        }

        for (var i = 0; i < Math.Min(records.Count, stories.Count); i++)
        {
            var record = records[i]!.AsObject();
            var expected = new JsonObject
            {
                ["question"] = record["question"]?.DeepClone(),
                ["variants"] = record["variants"]?.DeepClone(),
                ["category"] = record["category"]?.AsArray().FirstOrDefault()?.DeepClone(),
                ["title"] = record["title"]?.DeepClone(),
            };
            foreach (var (key, value) in record["exact"]!.AsObject())
            {
                expected[key] = value?.DeepClone();
            }

            expected["metrics"] = record["metrics"]?.DeepClone();
            expected["followUps"] = record["followUps"]?.DeepClone();
            expected["source"] = record["source"]?.DeepClone();
            foreach (var (key, value) in expected)
            {
                var got = stories[i]![key];
                if (Collapse(value) != Collapse(got))
                {
                    problems.Add($"story {i + 1} {key}: expected {Collapse(value)}\n    got {Collapse(got)}");
                }
            }
        }

        var warnings = gold["warnings"]?.AsArray() ?? [];
        if (warnings.Count != actual.Warnings.Count)
        {
            problems.Add($"expected {warnings.Count} warnings, got {actual.Warnings.Count}: {string.Join(" | ", actual.Warnings.Select(w => $"{w.Line}: {w.Message}"))}");
        }

        foreach (var warning in warnings)
        {
            var line = warning!["line"]!.GetValue<int>();
            var text = Collapse(warning["contains"]?.GetValue<string>() ?? "");
            if (!actual.Warnings.Any(w => w.Line == line && (Collapse(w.Kept).Contains(text, StringComparison.Ordinal) || Collapse(w.Message).Contains(text, StringComparison.Ordinal))))
            {
                problems.Add($"no warning at line {line} carrying \"{text}\"");
            }
        }

        return problems;
    }

    private static string Collapse(JsonNode? node) => node is null ? "null" : Whitespace().Replace(node.ToJsonString(), " ").Replace("\\n", " ", StringComparison.Ordinal);

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The test project's TestData folder in the source tree (not the copy in bin), found from the test binaries.</summary>
    private static string SourceTestDataFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StoryBank.Core.Tests.csproj")))
            {
                return Path.Combine(folder.FullName, "TestData");
            }
        }

        throw new DirectoryNotFoundException("The test project's folder was not found above " + AppContext.BaseDirectory);
    }

    public static List<string> Check(string goldPath, NotesImport actual)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var problems = new List<string>();
        var records = gold.RootElement.GetProperty("records").EnumerateArray().ToList();
        if (records.Count != actual.Stories.Count)
        {
            problems.Add($"expected {records.Count} stories, got {actual.Stories.Count}: {string.Join(" | ", actual.Stories.Select(s => s.Question))}");
        }

        for (var i = 0; i < Math.Min(records.Count, actual.Stories.Count); i++)
        {
            CheckRecord(records[i], actual.Stories[i], $"story {i + 1} (\"{actual.Stories[i].Question}\")", problems);
        }

        if (gold.RootElement.TryGetProperty("warnings", out var warnings))
        {
            foreach (var warning in warnings.EnumerateArray())
            {
                var line = warning.GetProperty("line").GetInt32();
                var text = warning.GetProperty("contains").GetString()!;
                if (!actual.Warnings.Any(w => w.Line == line && w.Message.Contains(text, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"no warning at line {line} containing \"{text}\"; warnings: {string.Join(" | ", actual.Warnings.Select(w => $"{w.Line}: {w.Message}"))}");
                }
            }
        }

        return problems;
    }

    /// <summary>How the gold compares text: emphasis and code markers and case ignored, whitespace collapsed.</summary>
    public static string Loose(string text) => Whitespace().Replace(Markers().Replace(text, ""), " ").Trim().ToLowerInvariant();

    private static void CheckRecord(JsonElement record, ImportedStory story, string where, List<string> problems)
    {
        void Expect(bool condition, string message)
        {
            if (!condition)
            {
                problems.Add($"{where}: {message}");
            }
        }

        var question = record.GetProperty("question").GetString()!;
        Expect(Loose(question) == Loose(story.Question), $"question should be \"{question}\"");

        if (record.TryGetProperty("variants", out var variants))
        {
            var expected = variants.EnumerateArray().Select(v => Loose(v.GetString()!)).ToList();
            Expect(expected.SequenceEqual(story.Variants.Select(Loose)), $"variants should be [{string.Join(", ", expected)}], are [{string.Join(", ", story.Variants)}]");
        }

        if (record.TryGetProperty("category", out var categories))
        {
            var allowed = categories.EnumerateArray().Select(c => c.GetString()).ToList();
            Expect(allowed.Count == 0 ? story.Category is null : allowed.Contains(story.Category), $"category should be one of [{string.Join(", ", allowed)}], is {story.Category ?? "null"}");
        }

        if (record.TryGetProperty("title", out var title))
        {
            Expect(Loose(title.GetString()!) == Loose(story.Title), $"title should be \"{title.GetString()}\", is \"{story.Title}\"");
        }

        if (record.TryGetProperty("exact", out var exact))
        {
            foreach (var field in exact.EnumerateObject())
            {
                var value = Field(story, field.Name);
                Expect(Loose(field.Value.GetString()!) == Loose(value), $"{field.Name} should be exactly \"{field.Value.GetString()}\", is \"{value}\"");
            }
        }

        if (record.TryGetProperty("anchors", out var anchors))
        {
            foreach (var anchor in anchors.EnumerateArray())
            {
                var field = anchor.GetProperty("field").GetString()!;
                var text = anchor.GetProperty("text").GetString()!;
                Expect(Loose(Field(story, field)).Contains(Loose(text), StringComparison.Ordinal), $"{field} should contain \"{text}\"; it is \"{Field(story, field)}\"");
            }
        }

        if (record.TryGetProperty("contains", out var contains))
        {
            var everything = Loose(AllText(story));
            foreach (var text in contains.EnumerateArray().Select(c => c.GetString()!))
            {
                Expect(everything.Contains(Loose(text), StringComparison.Ordinal), $"should contain \"{text}\" somewhere");
            }
        }

        if (record.TryGetProperty("empty", out var empty))
        {
            foreach (var field in empty.EnumerateArray().Select(e => e.GetString()!))
            {
                Expect(Field(story, field).Length == 0, $"{field} should be empty; it is \"{Field(story, field)}\"");
            }
        }

        if (record.TryGetProperty("metrics", out var metrics))
        {
            foreach (var phrase in metrics.EnumerateArray().Select(m => m.GetString()!))
            {
                Expect(story.Metrics.Any(m => Loose(m).Contains(Loose(phrase), StringComparison.Ordinal)), $"no metric contains \"{phrase}\"; metrics: [{string.Join(", ", story.Metrics)}]");
            }
        }

        if (record.TryGetProperty("followUps", out var followUps))
        {
            var expected = followUps.EnumerateArray()
                .Select(f => (Loose(f.GetProperty("question").GetString()!), Loose(f.GetProperty("answer").GetString()!)))
                .ToList();
            var actual = story.FollowUps.Select(f => (Loose(f.Question), Loose(f.Answer))).ToList();
            Expect(expected.SequenceEqual(actual), $"follow-ups should be [{string.Join("; ", expected)}], are [{string.Join("; ", actual)}]");
        }
    }

    private static string Field(ImportedStory story, string name) => name switch
    {
        "title" => story.Title,
        "situation" => story.Sections.Situation,
        "role" => story.Sections.Role,
        "action" => story.Sections.Action,
        "outcome" => story.Sections.Outcome,
        "reflection" => story.Sections.Reflection,
        "notes" => story.Sections.Notes,
        "question" => story.Question,
        _ => throw new ArgumentException($"The gold names an unknown field \"{name}\"."),
    };

    /// <summary>Every text of a story: question, variants, title, sections, metrics, follow-ups.</summary>
    public static string AllText(ImportedStory story) => string.Join(
        "\n",
        [story.Question, .. story.Variants, story.Title, story.Sections.Situation, story.Sections.Role, story.Sections.Action, story.Sections.Outcome, story.Sections.Reflection, story.Sections.Notes,
            .. story.Metrics, .. story.FollowUps.SelectMany(f => new[] { f.Question, f.Answer })]);

    [GeneratedRegex(@"[*_`]")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
