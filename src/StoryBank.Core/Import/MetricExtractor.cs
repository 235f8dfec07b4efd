using System.Buffers;
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

        // A metric is the number and what it counts: the sentence goes on after a preposition, an article or a verb.
        "at", "into", "within", "over", "under", "about", "around", "across", "through", "without", "on", "in", "the", "a", "an",
        "first", "only", "just", "still", "now", "instead", "each", "every", "per", "had", "has", "have", "got", "went",
        "saw", "took", "made", "ran", "came", "did", "would", "could", "will", "can", "its", "their", "our", "my", "his", "her",
    };

    /// <summary>What may follow a count as its rate: "6 hours a week", "$38k a year".</summary>
    private static readonly HashSet<string> RatePeriods = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "week", "month", "year", "sprint", "quarter", "night", "hour", "minute", "release", "call",
    };

    /// <summary>Counts written in words: from "two" up ("one" and "a" count nothing worth a metric).</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "hundred", "dozen", "twice", "half",
    };

    private static readonly SearchValues<string> NumberWordSearch = SearchValues.Create([.. NumberWords], StringComparison.OrdinalIgnoreCase);

    /// <summary>Metric phrases in the order they occur, without duplicates.</summary>
    public static List<string> Extract(ReadOnlySpan<string> texts)
    {
        var metrics = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            // Every metric starts at a digit or a number word: only the lines that hold one are cleaned up and searched.
            for (var digit = IndexOfCount(text, 0); digit >= 0;)
            {
                var start = text.LastIndexOf('\n', digit) + 1;
                var end = text.IndexOf('\n', digit);
                if (end < 0)
                {
                    end = text.Length;
                }

                ExtractFromLine(text.AsSpan(start, end - start), metrics, seen);
                digit = end < text.Length ? IndexOfCount(text, end + 1) : -1;
            }
        }

        // No metric inside another of the same story: "6 hours" goes when "6 hours a week" is there.
        metrics.RemoveAll(m => metrics.Any(other => other.Length > m.Length && ContainsWords(other, m)));
        return metrics;
    }

    private static bool ContainsWords(string text, string part)
    {
        for (var at = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + part.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
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
            if (!NextNumber(text, position, out var numberStart, out var numberLength, out var inWords))
            {
                return;
            }

            var number = text.Slice(numberStart, numberLength);
            position = numberStart + numberLength;
            if (!inWords && (IsOrdinalLabel(text, numberStart, number) || IsYear(number)))
            {
                continue;
            }

            var end = ExtendPhrase(text, position, out var words);
            if (inWords ? words == 0 : words == 0 && end == position && !HasUnit(number) && !IsChangeAt(text, end))
            {
                continue;
            }

            // "from 40,000 to 300 alerts", "30 minutes to 4 minutes", "1.1 million -> 15 million": one change, one metric.
            var isChange = false;
            if (TryMatch(Change(), text, end, out _, out var changeLength))
            {
                var after = end + changeLength;
                if (NextNumber(text, after, out var nextStart, out var nextLength, out _) && IsQualifiers(text[after..nextStart]))
                {
                    end = ExtendPhrase(text, nextStart + nextLength, out _);
                    isChange = true;
                }
                else if (!text.Slice(end, changeLength).Trim().SequenceEqual("to") && TryMatch(UnitPhrase(), text, after, out _, out var unitLength))
                {
                    // "~2 hours → under a minute": the change ends in words.
                    end = after + unitLength;
                    isChange = true;
                }
            }

            var start = numberStart;
            if (start > 0 && text[start - 1] == '~')
            {
                start--;
            }

            // "cost went down 60%", "export clicks dropped by 40%": a bare percentage takes the noun phrase it changed.
            if (!isChange && words == 0 && number[^1] == '%')
            {
                var before = text[Math.Max(0, start - 60)..start].ToString();
                if ((ChangedBy().Match(before) is { Success: true } changed) || (Cut().Match(before) is { Success: true } cut && (changed = cut) is not null))
                {
                    start -= before.Length - changed.Groups["subject"].Index;
                }
            }

            if (start >= 6 && text[(start - 6)..start].Equals("every ", StringComparison.OrdinalIgnoreCase))
            {
                start -= 6;
            }

            // "one of two people": a count out of a number, the first written as "one".
            if (start >= 7 && text[(start - 7)..start].Equals("one of ", StringComparison.OrdinalIgnoreCase))
            {
                start -= 7;
            }

            if (inWords && number.Equals("dozen", StringComparison.OrdinalIgnoreCase) && start >= 2 && text[(start - 2)..start].Equals("a ", StringComparison.OrdinalIgnoreCase))
            {
                start -= 2;
            }

            if (isChange && start >= 5 && text[(start - 5)..start].Equals("from ", StringComparison.OrdinalIgnoreCase))
            {
                start -= 5;
            }

            position = Math.Max(position, end);
            var metric = new string(text[start..end].Trim());
            if (seen.Add(metric))
            {
                metrics.Add(metric);
            }
        }
    }

    private static bool IsChangeAt(ReadOnlySpan<char> text, int at) =>
        TryMatch(Change(), text, at, out _, out var length) && NextNumber(text, at + length, out var next, out _, out _) && IsQualifiers(text[(at + length)..next]);

    /// <summary>Nothing, or only "under", "about", "less than", "~" and the like, between "to" and the second number.</summary>
    private static bool IsQualifiers(ReadOnlySpan<char> between)
    {
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (word.Length > 0 && !(word is "under" or "about" or "around" or "less" or "than" or "over" or "~" or "just"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The next count at or after <paramref name="start"/>: digits ("40", "3.5x", "$18k") or a number word ("three").</summary>
    private static bool NextNumber(ReadOnlySpan<char> text, int start, out int index, out int length, out bool inWords)
    {
        var digits = TryMatch(Number(), text, start, out var digitIndex, out var digitLength);
        var words = false;
        int wordIndex = 0, wordLength = 0;
        var cursor = start;
        while (TryMatch(NumberWord(), text, cursor, out wordIndex, out wordLength) && (!digits || wordIndex < digitIndex))
        {
            if (NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Slice(wordIndex, wordLength)))
            {
                words = true;
                break;
            }

            cursor = wordIndex + wordLength;
        }

        inWords = words;
        (index, length) = inWords ? (wordIndex, wordLength) : (digitIndex, digitLength);
        return digits || words;
    }

    /// <summary>
    /// Where the phrase after a number ends: what it counts, up to <see cref="MaxWordsAfterNumber"/> words ("40 services",
    /// "3 months of pages", "6 hours a week", "4 of 6 squads"), not past a stop word or a verb after the noun.
    /// </summary>
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

            // "6 hours a week", "$90k per year", "4 a week": the rate ends the phrase.
            if (value is "a" or "per" or "every" or "an" && TryMatch(Word(), text, cursor + length, out _, out var periodLength)
                && RatePeriods.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Slice(cursor + length, periodLength).TrimStart(" \t")))
            {
                words++;
                return cursor + length + periodLength;
            }

            // "4 of 6 squads", "2 of the 5 customers", "1 in 500 requests": a count out of a number.
            if (words == 0 && end == numberEnd && (value is "of" || (value is "in" && !HasUnit(text[..numberEnd][^1..])))
                && TryMatch(Number(), text, cursor + length, out var ofStart, out var ofLength)
                && text[(cursor + length)..ofStart].Trim() is var between && (between.Length == 0 || between.Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                cursor = end = ofStart + ofLength;
                continue;
            }

            // "25% of our tickets", "half of the common queries": "of" and its determiner lead to what is counted.
            if (value is "of" && TryMatch(Word(), text, cursor + length, out _, out var determinerLength)
                && text.Slice(cursor + length, determinerLength).TrimStart(" \t") is "the" or "our" or "their" or "my" or "his" or "her" or "its" or "all")
            {
                cursor += length + determinerLength;
                continue;
            }

            // "twice as fast"
            if (words == 0 && value is "as" && TryMatch(Word(), text, cursor + length, out _, out var adjectiveLength))
            {
                words++;
                return cursor + length + adjectiveLength;
            }

            if (StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value)
                || (words > 0 && value.Length > 4 && value.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            cursor += length;
            if (value is not "of")
            {
                end = cursor;
                words++;
            }
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

    /// <summary>Where the next digit or number word is (a word may be part of a longer one: the line is searched anyway).</summary>
    private static int IndexOfCount(string text, int start)
    {
        var digit = IndexOfDigit(text, start);
        var rest = digit < 0 ? text.AsSpan(start) : text.AsSpan(start, digit - start);
        var word = rest.IndexOfAny(NumberWordSearch);
        return word >= 0 ? start + word : digit;
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

    [GeneratedRegex(@"\G[ \t]*(?:->|→|=>|to\b)[ \t]*")]
    private static partial Regex Change();

    [GeneratedRegex(@"\G(?:(?:under|about|around|over|less than|just)[ \t]+)?(?:an?[ \t]+)?\p{L}+")]
    private static partial Regex UnitPhrase();

    [GeneratedRegex(@"(?:^|[^\p{L}-])(?<subject>(?!(?:the|a|an|and|our|my|their|its|so|then)\b)[\p{L}][\p{L}-]*(?:\s(?!(?:went|dropped|fell|rose|grew|increased|decreased|improved)\b)[\p{L}][\p{L}-]*)?)\s(?:went\s(?:down|up)|dropped|fell|rose|grew|increased|decreased|improved)(?:\s+by)?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangedBy();

    /// <summary>"cut costs by 40%", "reduced p99 latency by 30%": the verb and what it changed.</summary>
    [GeneratedRegex(@"(?:^|[^\p{L}-])(?<subject>(?:cut|reduced|lowered|raised|increased|improved|boosted|grew)\s[\p{L}][\p{L}\p{N}-]*(?:\s[\p{L}][\p{L}\p{N}-]*)?)\s+by\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Cut();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")]
    private static partial Regex NumberWord();
}
