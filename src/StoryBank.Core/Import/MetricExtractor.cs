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
    public static List<string> Extract(ReadOnlySpan<string> texts)
    {
        var metrics = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            // Every metric starts at a digit: only the lines that hold one are cleaned up and searched.
            for (var digit = IndexOfDigit(text, 0); digit >= 0;)
            {
                var start = text.LastIndexOf('\n', digit) + 1;
                var end = text.IndexOf('\n', digit);
                if (end < 0)
                {
                    end = text.Length;
                }

                ExtractFromLine(text.AsSpan(start, end - start), metrics, seen);
                digit = end < text.Length ? IndexOfDigit(text, end + 1) : -1;
            }
        }

        return metrics;
    }

    /// <summary>The metrics of one line, read from its plain text (a method of its own, so the buffer is on the stack once per line).</summary>
    private static void ExtractFromLine(ReadOnlySpan<char> line, List<string> metrics, HashSet<string> seen)
    {
        var buffer = line.Length <= 256 ? stackalloc char[line.Length] : new char[line.Length];
        ExtractFrom(QuestionText.Plain(line, buffer), metrics, seen);
    }

    private static void ExtractFrom(ReadOnlySpan<char> text, List<string> metrics, HashSet<string> seen)
    {
        var position = 0;
        while (position < text.Length)
        {
            if (!TryMatch(Number(), text, position, out var numberStart, out var numberLength))
            {
                return;
            }

            var number = text.Slice(numberStart, numberLength);
            position = numberStart + numberLength;
            if (IsOrdinalLabel(text, numberStart, number) || IsYear(number))
            {
                continue;
            }

            var end = ExtendPhrase(text, position, out var words);
            if (words == 0 && end == position && !HasUnit(number))
            {
                continue;
            }

            // "1.1 million -> 15 million per year": one change, one metric.
            if (TryMatch(Arrow(), text, end, out _, out var arrowLength)
                && TryMatch(Number(), text, end + arrowLength, out var nextStart, out var nextLength)
                && nextStart == end + arrowLength)
            {
                end = ExtendPhrase(text, nextStart + nextLength, out _);
            }

            position = Math.Max(position, end);
            var metric = new string(text[numberStart..end].Trim());
            if (seen.Add(metric))
            {
                metrics.Add(metric);
            }
        }
    }

    /// <summary>Where the phrase after a number ends: up to <see cref="MaxWordsAfterNumber"/> words, not past a stop word.</summary>
    private static int ExtendPhrase(ReadOnlySpan<char> text, int numberEnd, out int words)
    {
        words = 0;
        var end = numberEnd;
        var cursor = end;
        while (words < MaxWordsAfterNumber && TryMatch(Word(), text, cursor, out _, out var length))
        {
            // The word is the match without the spaces before it.
            var value = text.Slice(cursor, length).TrimStart(" \t");
            if (Continuations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value))
            {
                cursor = end = cursor + length;
                continue;
            }

            if (StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value))
            {
                break;
            }

            cursor += length;
            if (value is not ("of" or "per" or "in" or "on"))
            {
                end = cursor;
            }

            words++;
        }

        return end;
    }

    /// <summary>The first match at or after <paramref name="start"/>, found without allocating a <see cref="Match"/>.</summary>
    private static bool TryMatch(Regex regex, ReadOnlySpan<char> text, int start, out int index, out int length)
    {
        foreach (var match in regex.EnumerateMatches(text, start))
        {
            (index, length) = (match.Index, match.Length);
            return true;
        }

        (index, length) = (0, 0);
        return false;
    }

    /// <summary>Where the next digit is: any Unicode decimal digit, as the regex's <c>\d</c>, not only 0-9.</summary>
    private static int IndexOfDigit(string text, int start)
    {
        var rest = text.AsSpan(start);
        var ascii = rest.IndexOfAnyInRange('0', '9');

        // Text that is all ASCII (nearly all notes) needs only the vectorized search above.
        var before = ascii < 0 ? rest : rest[..ascii];
        if (before.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            for (var i = 0; i < before.Length; i++)
            {
                if (char.IsDigit(before[i]))
                {
                    return start + i;
                }
            }
        }

        return ascii < 0 ? -1 : start + ascii;
    }

    private static bool IsOrdinalLabel(ReadOnlySpan<char> text, int numberStart, ReadOnlySpan<char> number)
    {
        // Looks back over the previous word only: slicing the whole prefix would make long lines quadratic.
        var end = numberStart;
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

        return end > start && OrdinalLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[start..end]) && !HasUnit(number);
    }

    private static bool IsYear(ReadOnlySpan<char> number) => number.Length == 4 && number[0] is '1' or '2' && int.TryParse(number, out var year) && year is >= 1950 and <= 2100;

    private static bool HasUnit(ReadOnlySpan<char> number) => !char.IsDigit(number[^1]) || !char.IsDigit(number[0]);

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,:])[$€£]?\d+(?:[.,]\d+)*(?:[ \u00A0\u202F]?%|(?:[xXkKMB]|bn|ms|s|secs?|mins?|h|hrs?|d|[kmgt]b|[KMGT]B|fps|rps|qps)(?![\p{L}]))?(?![\p{L}\p{N}:])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\G[ \t]*(?<word>\+|[\p{L}][\p{L}'’-]*)")]
    private static partial Regex Word();

    [GeneratedRegex(@"\G[ \t]*(?:->|→|=>)[ \t]*")]
    private static partial Regex Arrow();
}
