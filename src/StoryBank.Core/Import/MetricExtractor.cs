using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// Finds short phrases around quantities ("2 million tickets", "10x surge in ticket volume", "35% boost in accuracy"),
/// leaving out labels that merely number things ("phase 2", "step 3") and bare years.
/// </summary>
internal static partial class MetricExtractor
{
    private const int MaxWordsAfterNumber = 4;

    private static readonly HashSet<string> OrdinalLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "phase", "step", "stage", "round", "part", "version", "v", "sprint", "level", "tier", "option", "chapter",
        "section", "item", "q", "quarter", "page", "line", "number", "no", "week", "day", "year",
    };

    private static readonly HashSet<string> Continuations = new(StringComparer.OrdinalIgnoreCase)
    {
        "million", "billion", "thousand", "hundred", "trillion", "k", "m", "bn", "plus", "more", "times", "fold", "+",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "with", "which", "that", "but", "so", "were", "was", "is", "are", "to", "for", "because", "while", "when",
        "who", "where", "since", "if", "or", "as", "by", "than", "then", "also", "after", "before", "from",
        "it", "this", "we", "i", "they", "he", "she",
    };

    /// <summary>Metric phrases in the order they occur, without duplicates.</summary>
    public static List<string> Extract(IEnumerable<string> texts)
    {
        var metrics = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            foreach (var metric in text.Split('\n').SelectMany(line => ExtractFrom(QuestionText.Plain(line))))
            {
                if (seen.Add(metric))
                {
                    metrics.Add(metric);
                }
            }
        }

        return metrics;
    }

    private static IEnumerable<string> ExtractFrom(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var number = Number().Match(text, position);
            if (!number.Success)
            {
                yield break;
            }

            position = number.Index + number.Length;
            if (IsOrdinalLabel(text, number) || IsYear(number.Value))
            {
                continue;
            }

            var end = ExtendPhrase(text, number, out var words);
            if (words == 0 && end == number.Index + number.Length && !HasUnit(number.Value))
            {
                continue;
            }

            // "1.1 million -> 15 million per year": one change, one metric.
            var arrow = Arrow().Match(text, end);
            if (arrow.Success && arrow.Index == end)
            {
                var next = Number().Match(text, arrow.Index + arrow.Length);
                if (next.Success && next.Index == arrow.Index + arrow.Length)
                {
                    end = ExtendPhrase(text, next, out _);
                }
            }

            position = Math.Max(position, end);
            yield return text[number.Index..end].Trim();
        }
    }

    private static int ExtendPhrase(string text, Match number, out int words)
    {
        words = 0;
        var end = number.Index + number.Length;
        var cursor = end;
        while (words < MaxWordsAfterNumber)
        {
            var word = Word().Match(text, cursor);
            if (!word.Success || word.Index != cursor)
            {
                break;
            }

            var value = word.Groups["word"].Value;
            if (Continuations.Contains(value))
            {
                cursor = end = word.Index + word.Length;
                continue;
            }

            if (StopWords.Contains(value))
            {
                break;
            }

            cursor = word.Index + word.Length;
            if (value is not ("of" or "per" or "in" or "on"))
            {
                end = cursor;
            }

            words++;
        }

        return end;
    }

    private static bool IsOrdinalLabel(string text, Match number)
    {
        // Looks back over the previous word only: slicing the whole prefix would make long lines quadratic.
        var end = number.Index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > 0 && text[end - 1] == '#')
        {
            return true;
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != '(')
        {
            start--;
        }

        return end > start && OrdinalLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start)) && !HasUnit(number.Value);
    }

    private static bool IsYear(string number) => number.Length == 4 && number[0] is '1' or '2' && int.TryParse(number, out var year) && year is >= 1950 and <= 2100;

    private static bool HasUnit(string number) => !char.IsDigit(number[^1]) || !char.IsDigit(number[0]);

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,:])[$€£]?\d+(?:[.,]\d+)*(?:[ \u00A0\u202F]?%|(?:[xXkKMB]|bn|ms|s|secs?|mins?|h|hrs?|d|[kmgt]b|[KMGT]B|fps|rps|qps)(?![\p{L}]))?(?![\p{L}\p{N}:])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\G[ \t]*(?<word>\+|[\p{L}][\p{L}'’-]*)")]
    private static partial Regex Word();

    [GeneratedRegex(@"\G[ \t]*(?:->|→|=>)[ \t]*")]
    private static partial Regex Arrow();
}
