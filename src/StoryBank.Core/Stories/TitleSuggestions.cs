using System.Globalization;
using System.Text.RegularExpressions;
using StoryBank.Core.Import;

namespace StoryBank.Core.Stories;

/// <summary>
/// Title ideas built from the story itself, so an imported story gets a hook in one click: the phrases the person
/// emphasised, the strongest metric (from the outcome first), and the story's key nouns. Pure: no database, no clock.
/// </summary>
public static partial class TitleSuggestions
{
    public const int MaxWords = 8;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "to", "of", "in", "on", "at", "by", "for", "with",
        "from", "into", "onto", "over", "under", "about", "after", "before", "during", "while", "as", "up", "out", "off",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "he", "she", "him", "her", "his", "they", "them",
        "their", "it", "its", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "when",
        "where", "why", "how", "was", "were", "is", "are", "be", "been", "being", "am", "had", "has", "have", "do", "did",
        "does", "done", "could", "would", "should", "will", "can", "may", "might", "must", "not", "no", "yes", "all",
        "any", "some", "each", "every", "more", "most", "less", "much", "many", "very", "just", "also", "too", "only",
        "again", "still", "even", "because", "since", "until", "through", "per", "one", "two", "three", "got", "get",
        "made", "make", "went", "go", "took", "take", "said", "asked", "team", "time", "way", "thing", "things", "lot",
        "needed", "wanted", "used", "set", "put", "work", "worked", "working", "new", "first", "last", "other", "own",
        "like", "well", "really", "tell", "story", "example", "situation", "result", "outcome", "action", "role", "task",
    };

    /// <summary>Up to <paramref name="count"/> distinct titles of at most <see cref="MaxWords"/> words, best first.</summary>
    public static IReadOnlyList<string> For(StoryDraft story, int count = 3)
    {
        var texts = story.Sections.Texts().Select(s => s.Text)
            .Concat(story.FollowUps.Select(f => f.Answer))
            .Where(SectionText.IsFilled)
            .ToArray();

        // One of each source first, so a story with many emphasised phrases still offers its metric and its nouns.
        var emphasised = Emphasised(texts).ToList();
        var candidates = emphasised.Take(1)
            .Concat(StrongestMetric(story))
            .Concat(KeyNouns(texts, story.Questions))
            .Concat(emphasised.Skip(1));

        var titles = new List<string>();
        foreach (var candidate in candidates.Select(Tidy).Where(c => c.Length > 0))
        {
            if (!titles.Contains(candidate, StringComparer.OrdinalIgnoreCase) && !candidate.Equals(story.Title.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                titles.Add(candidate);
            }

            if (titles.Count == count)
            {
                break;
            }
        }

        return titles;
    }

    /// <summary>Bold or italic phrases of two words or more, in the order written (cut to eight words later).</summary>
    private static IEnumerable<string> Emphasised(IEnumerable<string> texts) =>
        texts.SelectMany(t => Emphasis().Matches(t).Select(m => m.Groups["text"].Value))
            .Where(p => Words(p).Count >= 2);

    /// <summary>
    /// The metric with the largest quantity, a "10x" counting as 10 times, "million" and "thousand" scaling: the story's
    /// own metrics list first, else the metrics found in the outcome, else anywhere.
    /// </summary>
    private static IEnumerable<string> StrongestMetric(StoryDraft story)
    {
        var metrics = story.Metrics.Where(SectionText.IsFilled).ToList();
        if (metrics.Count == 0)
        {
            metrics = MetricExtractor.Extract([story.Sections.Outcome]);
        }

        if (metrics.Count == 0)
        {
            metrics = MetricExtractor.Extract([story.Sections.Situation, story.Sections.Role, story.Sections.Action]);
        }

        return metrics.OrderByDescending(Magnitude).Take(1);
    }

    /// <summary>The three content words used most (question words count too), as "Kubernetes, contractors, quotas".</summary>
    private static IEnumerable<string> KeyNouns(IEnumerable<string> texts, IEnumerable<string> questions)
    {
        var words = texts.Concat(questions)
            .SelectMany(Words)
            .Where(w => w.Length > 2 && !Common.Contains(w) && !char.IsDigit(w[0]))
            .GroupBy(w => w.ToLowerInvariant())
            // A word always written capitalised is a name ("Kubernetes"); else the lower-case form.
            .Select(g => (Word: g.All(w => char.IsUpper(w[0])) ? g.First() : g.Key, Count: g.Count()))
            .OrderByDescending(w => w.Count)
            .Take(3)
            .Select(w => w.Word)
            .ToList();
        return words.Count >= 2 ? [string.Join(", ", words)] : [];
    }

    private static double Magnitude(string metric)
    {
        var match = Quantity().Match(metric);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return 0;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        return unit switch
        {
            "x" or "times" or "fold" => value * 10,
            "%" => value / 10,
            "k" or "thousand" => value * 1_000,
            "m" or "million" => value * 1_000_000,
            "bn" or "billion" => value * 1_000_000_000,
            _ => value,
        };
    }

    /// <summary>Plain words, Markdown marks dropped, at most <see cref="MaxWords"/>, first letter capitalised.</summary>
    private static string Tidy(string phrase)
    {
        var plain = string.Join(' ', Markup().Replace(phrase, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(MaxWords))
            .Trim(' ', '.', ',', ';', ':', '!', '?', '-', '–');
        return plain.Length == 0 ? "" : char.ToUpper(plain[0], CultureInfo.InvariantCulture) + plain[1..];
    }

    private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"(\*\*|__)(?<text>[^*_\n]+?)\1|(?<![*\w])\*(?<text>[^*\n]+?)\*(?!\*)|(?<![_\w])_(?<text>[^_\n]+?)_(?![_\w])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"[*_`#>\[\]()]+")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<number>\d[\d,]*(?:\.\d+)?)\s*(?<unit>%|x\b|times|fold|k\b|thousand|m\b|million|bn\b|billion)?", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();
}
