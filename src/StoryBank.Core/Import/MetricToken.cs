using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>What a piece of a line is, for the metric rules.</summary>
internal enum MetricTokenKind
{
    Number,
    NumberWord,
    Word,
    Arrow,
    Punctuation,
}

/// <summary>One piece of a line (a number, a word, an arrow, a punctuation mark) with where it is in the line.</summary>
internal readonly partial record struct MetricToken(MetricTokenKind Kind, int Start, int End, string Text)
{
    /// <summary>Numbers written as words, from "two" up ("one" and "a" count nothing), in the languages labels are read in.</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "half", "twice",
        "dos", "tres", "cuatro", "cinco", "siete", "ocho", "nueve", "diez", "medio", "media",
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
        "два", "две", "три", "четыре", "пять", "шесть", "полгода", "ninguno", "ninguna", "cero",
    };

    /// <summary>Looked up by span: a compound's head ("two" of "two-week") is read without a copy of it.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWordsBySpan = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool IsNumeric => Kind is MetricTokenKind.Number or MetricTokenKind.NumberWord;

    public bool Is(string word) => Kind is MetricTokenKind.Word or MetricTokenKind.NumberWord && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A number with a unit of its own ("40%", "5x", "$18k", "15-minute"): a metric even with no word after it.</summary>
    public bool HasUnit => Kind == MetricTokenKind.Number && (!char.IsDigit(Text[^1]) || !char.IsDigit(Text.TrimStart('~')[0]));

    public bool IsPercentage => Kind == MetricTokenKind.Number && Text.EndsWith('%');

    /// <summary>
    /// The line cut into tokens (spaces are not tokens), into a list the caller reuses: it is cleared first, as a new list
    /// for every line would grow several times.
    /// </summary>
    public static void Read(string line, List<MetricToken> tokens)
    {
        tokens.Clear();
        foreach (var match in Token().EnumerateMatches(line))
        {
            var text = line.Substring(match.Index, match.Length);
            tokens.Add(new MetricToken(KindOf(text), match.Index, match.Index + match.Length, text));
        }
    }

    /// <summary>Whether the line can hold a metric at all: a digit or a number word. Most lines are skipped here.</summary>
    public static bool MayHoldNumber(string line) => line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || HasDigit(line) || NumberWordSearch().IsMatch(line);

    /// <summary>A digit of any script (what <c>\d</c> matches); a loop, as this runs for every line of every story.</summary>
    private static bool HasDigit(string line)
    {
        foreach (var c in line)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static MetricTokenKind KindOf(string text)
    {
        if (text is "→" or "->" or "=>")
        {
            return MetricTokenKind.Arrow;
        }

        // A number starts with a digit, "~" or a currency sign (NumberPattern); the regex runs only on those.
        if ((char.IsDigit(text[0]) || text[0] is '~' or '$' or '€' or '£') && WholeNumber().IsMatch(text))
        {
            return MetricTokenKind.Number;
        }

        if (!char.IsLetterOrDigit(text[0]))
        {
            return MetricTokenKind.Punctuation;
        }

        // "two-week", "half-day": a number word that leads a compound is the compound's number.
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var head = dash < 0 ? text.AsSpan() : text.AsSpan(0, dash);

        // "zero-result searches", "zero-downtime": "zero" leading a compound describes the thing, it counts nothing.
        return NumberWordsBySpan.Contains(head) && !(dash >= 0 && head.Equals("zero", StringComparison.OrdinalIgnoreCase))
            ? MetricTokenKind.NumberWord
            : MetricTokenKind.Word;
    }

    private const string NumberPattern = @"(?<![\p{L}\p{N}.,:])~?[$€£]?\d+(?:[.,]\d+)*(?:[ \u00A0\u202F]?%|(?:[xXkKMB]|bn|ms|s|secs?|mins?|h|hrs?|d|[kmgt]b|[KMGT]B|fps|rps|qps)(?![\p{L}]))?\+?(?:-[\p{L}]+|/[\p{L}]+)?(?![\p{L}\p{N}:]|-\p{L})";

    [GeneratedRegex(NumberPattern + @"|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*(?::[\p{N}\p{Ll}][\p{L}\p{N}]*)?|->|=>|\S")]
    private static partial Regex Token();

    [GeneratedRegex("^(?:" + NumberPattern + ")$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|half|twice|dos|tres|cuatro|cinco|siete|ocho|nueve|diez|medio|media|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|sept|huit|neuf|dix|два|две|три|четыре|пять|шесть|полгода|ninguno|ninguna|cero)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWordSearch();
}
