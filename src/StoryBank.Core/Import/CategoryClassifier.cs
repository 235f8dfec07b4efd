using StoryBank.Core.Data;

namespace StoryBank.Core.Import;

/// <summary>Suggests a category from the taxonomy's cue words, names and related Amazon Leadership Principles.</summary>
internal static class CategoryClassifier
{
    /// <summary>The category whose cues occur most often in the question (ties go to taxonomy order), or null.</summary>
    public static string? FromQuestion(string text)
    {
        var lower = " " + QuestionText.Plain(text).ToLowerInvariant() + " ";
        string? best = null;
        var bestScore = 0;
        foreach (var category in Taxonomy.BuiltIn.Categories)
        {
            var score = category.Cues.Count(cue => StartsAWord(lower, cue));
            if (score > bestScore)
            {
                (best, bestScore) = (category.Slug, score);
            }
        }

        return best;
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

    /// <summary>A cue matches where a word starts: "fail" matches "failing" but not "wafail".</summary>
    private static bool StartsAWord(string text, string cue)
    {
        var index = text.IndexOf(cue, StringComparison.Ordinal);
        while (index >= 0)
        {
            if (index == 0 || !char.IsLetterOrDigit(text[index - 1]))
            {
                return true;
            }

            index = text.IndexOf(cue, index + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
