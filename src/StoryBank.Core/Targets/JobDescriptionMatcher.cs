using System.Text.RegularExpressions;
using StoryBank.Core.Data;

namespace StoryBank.Core.Targets;

/// <summary>
/// Reads a pasted job description and finds the categories (and so a model's competencies) it asks for, without any
/// guessing: a category's cues (<see cref="JobDescriptionCues"/>) found where a word starts, one piece of evidence per
/// sentence, weighed by where the sentence stands. The title and a requirements list weigh most, other prose least,
/// and "about us", benefits and equal-opportunity text hardly count, so boilerplate alone proposes nothing.
/// </summary>
public static partial class JobDescriptionMatcher
{
    /// <summary>The score at which a category is proposed: one requirement, or two sentences of prose.</summary>
    public const double ProposeAt = 2;

    private const double TitleWeight = 3;
    private const double RequirementListWeight = 3;
    private const double RequirementTextWeight = 2;
    private const double ListWeight = 2;
    private const double TextWeight = 1;
    private const double BoilerplateWeight = 0.5;

    private static readonly string[] RequirementHeadings =
    [
        "requirement", "qualification", "responsibilit", "what you'll do", "what you will do", "what you’ll do", "you will", "you'll",
        "looking for", "about you", "you have", "you bring", "must have", "nice to have", "skills", "experience", "duties",
        "about the role", "the role", "in this role", "position", "day to day", "day-to-day", "who you are", "what we need",
    ];

    private static readonly string[] BoilerplateHeadings =
    [
        "benefit", "perk", "we offer", "what we offer", "compensation", "salary", "pay ", "equal opportunit", "eeo", "how to apply",
        "apply", "about us", "who we are", "our company", "location", "diversity", "why join", "why work", "about ",
    ];

    /// <summary>Reads the description; an empty or unrecognised one gives no categories.</summary>
    public static JobDescriptionMatch Match(string description) => Match(description, JobDescriptionCues.BuiltIn, Taxonomy.BuiltIn);

    internal static JobDescriptionMatch Match(string description, JobDescriptionCues cues, Taxonomy taxonomy)
    {
        var evidence = new List<(int Category, MatchEvidence Evidence)>();
        var section = "text";
        var titleSeen = false;
        var lines = description.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = Emphasis().Replace(lines[index], "").Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var listItem = ListMarker().Match(line);
            var text = listItem.Success ? line[listItem.Length..].Trim() : line;
            string place;
            if (!titleSeen)
            {
                titleSeen = true;
                place = "title";
                text = text.TrimStart('#').Trim();
            }
            else if (!listItem.Success && IsHeading(line))
            {
                section = SectionOf(line);
                continue;
            }
            else
            {
                place = listItem.Success ? section + " list" : section;
            }

            foreach (var sentence in SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                var sentencePlace = sentence.Contains("equal opportunity", StringComparison.OrdinalIgnoreCase) ? "boilerplate" : place;
                foreach (var (category, cue) in CategoriesIn(sentence, cues))
                {
                    evidence.Add((category, new MatchEvidence(index + 1, sentence, cue, sentencePlace, WeightOf(sentencePlace))));
                }
            }
        }

        var categories = evidence
            .GroupBy(e => e.Category)
            .Select(g =>
            {
                var score = g.Sum(e => e.Evidence.Weight);
                var category = taxonomy.Categories[g.Key];
                return (Order: g.Key, Match: new CategoryMatch(category.Slug, category.Name, score, score >= ProposeAt, [.. g.Select(e => e.Evidence)]));
            })
            .OrderByDescending(m => m.Match.Score)
            .ThenBy(m => m.Order)
            .Select(m => m.Match)
            .ToList();
        return new JobDescriptionMatch(categories);
    }

    /// <summary>
    /// The model's competencies the description asks for: those mapped to a proposed category, strongest first (ties in
    /// the model's order), each with the evidence of its categories.
    /// </summary>
    public static IReadOnlyList<ProposedCompetency> Propose(CompetencyModelInfo model, JobDescriptionMatch match)
    {
        var proposed = match.Proposed.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        return [.. model.Competencies
            .Select((competency, order) => (competency, order, found: competency.CategorySlugs.Where(proposed.ContainsKey).Select(s => proposed[s]).ToList()))
            .Where(c => c.found.Count > 0)
            .Select(c => (c.order, proposal: new ProposedCompetency(c.competency, c.found.Max(f => f.Score), [.. c.found.SelectMany(f => f.Evidence).OrderBy(e => e.Line)])))
            .OrderByDescending(c => c.proposal.Score)
            .ThenBy(c => c.order)
            .Select(c => c.proposal)];
    }

    /// <summary>Each category once per sentence, with the first cue found (the longest where two start at one word).</summary>
    private static IEnumerable<(int Category, string Cue)> CategoriesIn(string sentence, JobDescriptionCues cues)
    {
        var lower = " " + sentence.ToLowerInvariant().Replace('’', '\'').Replace('–', '-').Replace('—', '-') + " ";
        var found = new Dictionary<int, string>();
        for (var i = 1; i < lower.Length; i++)
        {
            // A hyphen joins words ("standards-aligned", "family-owned"): the word starts before it.
            if (char.IsLetterOrDigit(lower[i - 1]) || lower[i - 1] == '-' || !char.IsLetterOrDigit(lower[i]))
            {
                continue;
            }

            var rest = lower.AsSpan(i);
            var notCue = "";
            foreach (var word in cues.NotCues)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    notCue = word;
                    break;
                }
            }

            foreach (var (cue, category) in cues.Cues)
            {
                if (!found.ContainsKey(category) && rest.StartsWith(cue, StringComparison.Ordinal) && (cue.Length >= notCue.Length || !notCue.StartsWith(cue, StringComparison.Ordinal)))
                {
                    found.Add(category, cue.Trim());
                }
            }
        }

        return found.Select(f => (f.Key, f.Value));
    }

    /// <summary>A markdown heading, a short line ending in a colon, or a few words without a sentence's end.</summary>
    private static bool IsHeading(string line) =>
        line.StartsWith('#')
        || (line.EndsWith(':') && line.Length <= 80)
        || (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && !".!?,;".Contains(line[^1], StringComparison.Ordinal));

    private static string SectionOf(string heading)
    {
        var lower = heading.TrimStart('#').Trim().TrimEnd(':').ToLowerInvariant().Replace('’', '\'') + " ";
        if (RequirementHeadings.Any(h => lower.Contains(h, StringComparison.Ordinal)))
        {
            return "requirements";
        }

        return BoilerplateHeadings.Any(h => lower.Contains(h, StringComparison.Ordinal)) ? "boilerplate" : "text";
    }

    private static double WeightOf(string place) => place switch
    {
        "title" => TitleWeight,
        "requirements list" => RequirementListWeight,
        "requirements" => RequirementTextWeight,
        "text list" => ListWeight,
        "boilerplate" or "boilerplate list" => BoilerplateWeight,
        _ => TextWeight,
    };

    [GeneratedRegex(@"^(?:[-*+•]|\d{1,2}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[\p{Lu}""“(])")]
    private static partial Regex SentenceBreak();
}
