using StoryBank.Core.Data;

namespace StoryBank.Core.Import;

/// <summary>Suggests a category from the taxonomy's cue words, names and related Amazon Leadership Principles.</summary>
internal static class CategoryClassifier
{
    /// <summary>Every cue, with the position of its category in the taxonomy.</summary>
    private static readonly (string Cue, int Category)[] Cues =
        [.. Taxonomy.BuiltIn.Categories.SelectMany((category, index) => category.Cues.Select(cue => (cue, index)))];

    /// <summary>Positions in <see cref="Cues"/> by first letter: a word start is compared only with the cues that can begin there.</summary>
    private static readonly Dictionary<char, int[]> CuesByFirstLetter = Enumerable.Range(0, Cues.Length)
        .Where(i => Cues[i].Cue.Length > 0)
        .GroupBy(i => Cues[i].Cue[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The category whose cues occur most often in the question (ties go to taxonomy order), or null.</summary>
    public static string? FromQuestion(string text)
    {
        var lower = " " + QuestionText.Plain(text).ToLowerInvariant() + " ";

        // A category scores a point for each of its cues that occurs where a word starts: "fail" matches "failing" but
        // not "wafail". One pass over the question instead of one search per cue.
        var categories = Taxonomy.BuiltIn.Categories;
        Span<int> scores = stackalloc int[categories.Count];
        Span<bool> counted = stackalloc bool[Cues.Length];
        for (var i = 0; i < lower.Length; i++)
        {
            if ((i > 0 && char.IsLetterOrDigit(lower[i - 1])) || !CuesByFirstLetter.TryGetValue(lower[i], out var candidates))
            {
                continue;
            }

            foreach (var cue in candidates)
            {
                if (!counted[cue] && lower.AsSpan(i).StartsWith(Cues[cue].Cue, StringComparison.Ordinal))
                {
                    counted[cue] = true;
                    scores[Cues[cue].Category]++;
                }
            }
        }

        string? best = null;
        var bestScore = 0;
        for (var i = 0; i < categories.Count; i++)
        {
            if (scores[i] > bestScore)
            {
                (best, bestScore) = (categories[i].Slug, scores[i]);
            }
        }

        return best;
    }

    /// <summary>The category a heading names outright (its slug, its name or an Amazon principle of it), or null.</summary>
    public static string? FromName(string text)
    {
        var plain = QuestionText.Plain(text).Trim().TrimEnd(':').ToLowerInvariant();
        foreach (var category in Taxonomy.BuiltIn.Categories)
        {
            if (plain == category.Slug || string.Equals(plain, category.Name, StringComparison.OrdinalIgnoreCase)
                || category.AmazonPrinciples.Any(p => string.Equals(plain, p, StringComparison.OrdinalIgnoreCase)))
            {
                return category.Slug;
            }
        }

        return null;
    }

    /// <summary>The category a group heading names ("Conflict", "Customer Obsession"), or null for a plain group.</summary>
    public static string? FromGroupHeading(string text)
    {
        var plain = QuestionText.Plain(text).Trim().TrimEnd(':').ToLowerInvariant();
        foreach (var category in Taxonomy.BuiltIn.Categories)
        {
            if (plain == category.Slug || string.Equals(plain, category.Name, StringComparison.OrdinalIgnoreCase)
                || category.AmazonPrinciples.Any(p => plain.Contains(p.ToLowerInvariant(), StringComparison.Ordinal)))
            {
                return category.Slug;
            }
        }

        return FromQuestion(text);
    }
}
