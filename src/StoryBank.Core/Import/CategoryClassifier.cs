using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>Suggests a category from the taxonomy's cue words, names and related Amazon Leadership Principles.</summary>
internal static class CategoryClassifier
{
    /// <summary>
    /// Cues the importer reads beside the taxonomy's own (which the app seeds into the database): phrasings of the usual
    /// questions and the same cues in the languages labels are read in. Lower case; a cue matches where a word starts.
    /// </summary>
    private static readonly Dictionary<string, string[]> ImportCues = new(StringComparer.Ordinal)
    {
        ["ownership"] = ["owned", "end to end", "beyond your role", "without being asked", "承担责任", "主动"],
        ["leadership"] = ["led ", "ramp up", "teammate grow", "вырасти", "带领", "领导"],
        ["failure"] = ["error que", "échec", "ошибк"],
        ["prioritization"] = ["prioriz"],
        ["motivation"] = ["por qué", "pourquoi", "почему", "为什么", "离开"],
        ["disagreement"] = ["pas d'accord", "didn't agree", "did not agree", "意见不一致", "分歧"],
        ["influence"] = ["convaincre"],
        ["results"] = ["zeitdruck", "crisis"],
        ["strengths"] = ["stärken"],
        ["conflict"] = ["konflikt", "конфликт", "difficult stakeholder"],
        ["weaknesses"] = ["缺点", "弱点"],
        ["ambiguity"] = ["learn a new", "new technology"],
        ["problem-solving"] = ["技术问题", "难题"],
    };

    /// <summary>
    /// Words that start with a cue yet name something else: "developer experience" is not about developing people.
    /// </summary>
    private static readonly string[] NotCues = ["developer"];

    /// <summary>Every cue, with the position of its category in the taxonomy.</summary>
    private static readonly (string Cue, int Category)[] Cues =
    [
        .. Taxonomy.BuiltIn.Categories.SelectMany((category, index) =>
            category.Cues.Concat(ImportCues.GetValueOrDefault(category.Slug) ?? []).Select(cue => (cue, index))),
    ];

    /// <summary>Positions in <see cref="Cues"/> by first letter: a word start is compared only with the cues that can begin there.</summary>
    private static readonly Dictionary<char, int[]> CuesByFirstLetter = Enumerable.Range(0, Cues.Length)
        .Where(i => Cues[i].Cue.Length > 0)
        .GroupBy(i => Cues[i].Cue[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The category whose cues occur most often in the question (ties go to taxonomy order), or null.</summary>
    public static string? FromQuestion(string text)
    {
        var lower = " " + PlainText.Of(text).ToLowerInvariant() + " ";

        // A category scores a point for each of its cues that occurs where a word starts: "fail" matches "failing" but
        // not "wafail". One pass over the question instead of one search per cue.
        var categories = Taxonomy.BuiltIn.Categories;
        Span<int> scores = stackalloc int[categories.Count];
        Span<bool> counted = stackalloc bool[Cues.Length];
        for (var i = 0; i < lower.Length; i++)
        {
            // Chinese and Japanese write no spaces between words: there a cue may start anywhere.
            if ((i > 0 && char.IsLetterOrDigit(lower[i - 1]) && lower[i] < '\u2E80') || !CuesByFirstLetter.TryGetValue(lower[i], out var candidates)
                || StartsWithNotCue(lower.AsSpan(i)))
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

    private static bool StartsWithNotCue(ReadOnlySpan<char> text)
    {
        foreach (var word in NotCues)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The categories a group heading names ("Conflict", "Customer Obsession"), first the likeliest; several when it names
    /// a Leadership Principle that several categories share ("Earn Trust"); none for a plain group.
    /// </summary>
    public static string[] FromGroupHeading(string text)
    {
        var plain = PlainText.Of(text).Trim().TrimEnd(':').ToLowerInvariant();
        if (FromName(plain) is { } named)
        {
            return [named];
        }

        var byPrinciple = Taxonomy.BuiltIn.Categories
            .Where(c => c.AmazonPrinciples.Any(p => plain.Contains(p.ToLowerInvariant(), StringComparison.Ordinal)))
            .Select(c => c.Slug)
            .ToArray();
        return byPrinciple.Length > 0 ? byPrinciple : FromQuestion(text) is { } cue ? [cue] : [];
    }

    /// <summary>The category named exactly, by slug or name ("conflict", "Customer focus"), or null.</summary>
    public static string? FromName(string name)
    {
        var plain = name.Trim();
        return Taxonomy.BuiltIn.Categories
            .FirstOrDefault(c => string.Equals(plain, c.Slug, StringComparison.OrdinalIgnoreCase) || string.Equals(plain, c.Name, StringComparison.OrdinalIgnoreCase))
            ?.Slug;
    }

    /// <summary>
    /// The category of a story under groups: one the question names as its prefix ("Conflict: Tell me…") first; then,
    /// of the categories its group names, the one its own words point to, else the group's first.
    /// </summary>
    public static string? ForStory(string[] groupCategories, string storyText)
    {
        if (QuestionText.CategoryPrefix(storyText) is { } prefixed)
        {
            return prefixed;
        }

        if (groupCategories.Length > 1 && FromQuestion(storyText) is { } own && groupCategories.Contains(own))
        {
            return own;
        }

        return groupCategories.FirstOrDefault();
    }
}
