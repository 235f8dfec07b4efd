using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Finds the metrics of a story: a number with its unit and counted noun ("40 services", "3 months of pages"), a
/// percentage with its noun phrase, a change from one number to another as one metric ("from 3 days to 4 hours",
/// "~2 hours → under a minute"), a ratio ("3 of 8 regions") and numbers in words ("three days earlier", "twice as fast").
/// Years, list numbers and ordinals ("phase 2", "week 2") are not metrics, and no metric is kept inside another.
/// </summary>
internal static class MetricExtractor
{
    private const int MaxWordsAfterNumber = 4;

    private static readonly HashSet<string> OrdinalLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "phase", "step", "stage", "round", "part", "version", "v", "sprint", "level", "tier", "option", "chapter",
        "section", "item", "q", "quarter", "page", "line", "number", "no", "week", "day", "year", "#",
    };

    /// <summary>Words a number is read with ("2 million", "40 more"), which never end its phrase by themselves.</summary>
    private static readonly HashSet<string> Continuations = new(StringComparer.OrdinalIgnoreCase)
    {
        "million", "billion", "thousand", "hundred", "trillion", "k", "m", "bn", "plus", "more", "times", "fold", "+",
    };

    /// <summary>Words that end a metric's noun phrase: conjunctions, pronouns, prepositions and common verbs.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "with", "which", "that", "but", "so", "were", "was", "is", "are", "to", "for", "because", "while", "when",
        "who", "where", "since", "if", "or", "as", "by", "than", "then", "also", "after", "before", "from", "it", "this",
        "we", "i", "they", "he", "she", "in", "on", "at", "within", "into", "over", "until", "between", "through",
        "across", "during", "under", "about", "first", "instead", "each", "most", "myself", "ourselves", "themselves", "herself", "himself", "out", "every",
        "we'd", "i'd", "they'd", "we'll", "i'll", "we've", "i've", "you'd", "y", "und", "et", "и", "über", "mit", "für", "von", "bis", "con", "para", "avec", "pour", "dans",
        "vor", "nach", "auf", "seit", "avant", "après", "à", "до", "с", "при", "не", "его", "её", "их", "я", "мы", "он", "она", "они",
    };

    /// <summary>Past-tense verbs: they end a phrase even right after the number ("all 3 ran payroll").</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "saw", "went", "got", "had", "has", "have", "did", "made", "took", "ran", "came", "caught", "gone",
        "told", "fell", "rose", "grew", "became", "left", "split", "stopped", "shipped", "joined", "met", "used",
    };

    /// <summary>Words after "of" that start a new phrase rather than the counted thing ("120 seats of a design tool").</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "my", "our", "their", "his", "her", "your", "its", "this", "that",
    };

    /// <summary>Pronouns after "of": a number in words counts people already named ("two of them"), nothing new.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "them", "us", "those", "these", "you" };

    /// <summary>What "a" may count in a rate ("6 hours a week").</summary>
    private static readonly HashSet<string> RatePeriods = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "week", "month", "year", "quarter", "sprint", "release", "night",
    };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "minutes", "hours", "days", "weeks", "months", "years", "sprints", "quarters", "releases", "sprints", "meses",
        "wochen", "monate", "semaines", "mois",
    };

    /// <summary>Units "a" or "an" can count ("from a day …").</summary>
    private static readonly HashSet<string> SingularUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint",
    };

    /// <summary>Words that make a change a metric by themselves, with the few words before them ("reviews … halved").</summary>
    private static readonly HashSet<string> ChangeWords = new(StringComparer.OrdinalIgnoreCase) { "halved", "doubled", "tripled" };

    /// <summary>Words that join two numbers of one range or change ("from 3 to 4", "de 8 à 2").</summary>
    private static readonly HashSet<string> RangeWords = new(StringComparer.OrdinalIgnoreCase) { "to", "a", "à", "до", "or" };

    /// <summary>Words that join a phrase but never end it ("3 months of pages", "6 hours a week").</summary>
    private static readonly HashSet<string> NonEnding = new(StringComparer.OrdinalIgnoreCase) { "of", "per", "the", "a", "an", "de", "le", "la", "sur" };

    /// <summary>Words that name a step of a plan after its number ("the 5% step"): the number names the step, it counts nothing.</summary>
    private static readonly HashSet<string> StepNames = new(StringComparer.OrdinalIgnoreCase) { "step", "phase", "stage", "round", "wave" };

    /// <summary>Number words that hold their unit ("полгода", half a year): a metric alone.</summary>
    private static readonly HashSet<string> NumberWordsWithUnit = new(StringComparer.OrdinalIgnoreCase) { "полгода", "полчаса" };

    /// <summary>Words of a change by a factor ("divided by two", "divisée par deux").</summary>
    private static readonly HashSet<string> DividedWords = new(StringComparer.OrdinalIgnoreCase) { "divided", "multiplied", "divisé", "divisée", "divisés", "divisées", "multiplié", "multipliée" };

    /// <summary>Words that open an amount given without a number after "to" ("to under a minute", "à moins d'une seconde").</summary>
    private static readonly HashSet<string> Bounds = new(StringComparer.OrdinalIgnoreCase) { "under", "less", "below", "moins", "zero", "none", "nothing" };

    private static readonly HashSet<string> Approximately = new(StringComparer.OrdinalIgnoreCase) { "about", "around", "roughly", "nearly", "almost" };

    private static readonly HashSet<string> FromWords = new(StringComparer.OrdinalIgnoreCase) { "from", "de", "с" };

    /// <summary>The tokens of the line being read, one list per thread reused for every line: the extractor runs on every line of every story.</summary>
    [ThreadStatic]
    private static List<MetricToken>? _tokens;

    /// <summary>Metric phrases in the order they occur, without duplicates and without one inside another.</summary>
    public static List<string> Extract(ReadOnlySpan<string> texts)
    {
        var metrics = new List<string>();
        foreach (var text in texts)
        {
            // A text of one line (a sentence, most sections) has nothing to unwrap: no split into lines.
            if (!text.Contains('\n', StringComparison.Ordinal))
            {
                ExtractFromLine(text, metrics);
                continue;
            }

            foreach (var line in Unwrapped(text))
            {
                ExtractFromLine(line, metrics);
            }
        }

        return WithoutContained(metrics);
    }

    private static void ExtractFromLine(string line, List<string> metrics)
    {
        if (MetricToken.MayHoldNumber(line) || line.Contains("from a", StringComparison.OrdinalIgnoreCase) || ChineseCounts.MayHold(line))
        {
            ExtractFrom(PlainText.Of(line), metrics);
        }
    }

    /// <summary>The text's lines, those of a hard-wrapped sentence joined by a space ("400 lines" / "per PR").</summary>
    private static IEnumerable<string> Unwrapped(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            while (i + 1 < lines.Length && NarrativeCues.IsHardWrap(lines[i], lines[i + 1]))
            {
                line += " " + lines[++i].TrimStart();
            }

            yield return line;
        }
    }

    private static void ExtractFrom(string line, List<string> metrics)
    {
        // Chinese amounts are found apart from the tokens and put in their place in the line.
        var chinese = ChineseCounts.MayHold(line) ? new List<(int Start, string Text)>() : null;
        if (chinese is not null)
        {
            ChineseCounts.Find(line, chinese);
        }

        var tokens = _tokens ??= [];
        MetricToken.Read(line, tokens);
        for (var i = 0; i < tokens.Count;)
        {
            if (CjkMetric.At(tokens, i) is { } cjk)
            {
                metrics.Add(line[cjk.Start..cjk.End]);
                i = cjk.Next;
            }
            else if (MetricAt(tokens, i) is (var start, var end))
            {
                while (chinese is { Count: > 0 } && chinese[0].Start < tokens[start].Start)
                {
                    metrics.Add(chinese[0].Text);
                    chinese.RemoveAt(0);
                }

                metrics.Add(line[tokens[start].Start..tokens[end - 1].End]);
                i = end;
            }
            else
            {
                i++;
            }
        }

        metrics.AddRange(chinese?.Select(c => c.Text) ?? []);
    }

    /// <summary>The tokens [start, end) of the metric whose number is at <paramref name="i"/>, or null.</summary>
    private static (int Start, int End)? MetricAt(List<MetricToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == MetricTokenKind.Word && ChangeWords.Contains(token.Text))
        {
            return ClauseBefore(tokens, i) is { } changeStart && changeStart < i ? (changeStart, i + 1) : null;
        }

        if (token.Is("from") && ChangeFromOne(tokens, i) is { } fromOne)
        {
            return (i, fromOne);
        }

        // "latence … divisée par deux": a change by a factor, told by its clause.
        if (token.Kind == MetricTokenKind.Word && DividedWords.Contains(token.Text) && i + 2 < tokens.Count
            && (tokens[i + 1].Is("by") || tokens[i + 1].Is("par")) && tokens[i + 2].IsNumeric)
        {
            return (ClauseBefore(tokens, i) ?? i, i + 3);
        }

        if ((token.IsNumeric || token.Is("one")) && !IsOrdinalOrYear(tokens, i) && InsteadOf(tokens, i) is { } insteadEnd)
        {
            return (i, insteadEnd);
        }

        if (!token.IsNumeric || IsOrdinalOrYear(tokens, i) || (i > 0 && tokens[i - 1].Is("the") && i + 1 < tokens.Count && StepNames.Contains(tokens[i + 1].Text)))
        {
            return null;
        }

        var start = i;
        var afterRatio = AfterRatio(tokens, i + 1);
        var joined = afterRatio > i + 1;
        var (end, words) = Phrase(tokens, afterRatio);
        joined |= end > afterRatio;

        // "8 écrans sur 10": the French ratio names the counted thing before the whole.
        if (words > 0 && end + 1 < tokens.Count && tokens[end].Is("sur") && tokens[end + 1].Kind == MetricTokenKind.Number)
        {
            end += 2;
        }

        if (Range(tokens, i, end, words) is { } range)
        {
            (start, end, joined) = (range.Start, range.End, true);
        }
        else if (Arrow(tokens, end) is { } arrowEnd)
        {
            (end, joined) = (arrowEnd, true);
        }
        else if (end + 2 < tokens.Count && tokens[end].Is("instead") && tokens[end + 1].Is("of") && tokens[end + 2].IsNumeric)
        {
            (end, joined) = (end + 3, true);
        }

        // "12% over the forecast": a percentage compared with what it is measured against (not a period: "65% over the quarter").
        if (token.IsPercentage && end == i + 1 && i + 3 < tokens.Count && (tokens[i + 1].Is("over") || tokens[i + 1].Is("above") || tokens[i + 1].Is("below"))
            && tokens[i + 2].Is("the") && tokens[i + 3].Kind == MetricTokenKind.Word && !RatePeriods.Contains(tokens[i + 3].Text))
        {
            (end, joined) = (i + 4, true);
        }

        if (words == 0 && !joined)
        {
            return Bare(tokens, i);
        }

        if (start > 0 && (tokens[start - 1].Is("every") || (tokens[start - 1].Is("a") && token.Is("dozen"))))
        {
            start--;
        }

        // "one of two people": a count out of a number, the first written as "one".
        if (start >= 2 && tokens[start - 1].Is("of") && tokens[start - 2].Is("one"))
        {
            start -= 2;
        }

        return (start, end);
    }

    /// <summary>
    /// "from a day a week to under an hour": a change whose first amount is "a" or "an" and a unit; where it ends, or null.
    /// </summary>
    private static int? ChangeFromOne(List<MetricToken> tokens, int from)
    {
        if (from + 2 >= tokens.Count || !(tokens[from + 1].Is("a") || tokens[from + 1].Is("an")) || !SingularUnits.Contains(tokens[from + 2].Text))
        {
            return null;
        }

        var (end, _) = Phrase(tokens, from + 2);
        if (end + 1 >= tokens.Count || !tokens[end].Is("to"))
        {
            return null;
        }

        var after = end + 1;
        while (after < tokens.Count && tokens[after].Kind is MetricTokenKind.Word or MetricTokenKind.Number or MetricTokenKind.NumberWord && after - end <= MaxWordsAfterNumber)
        {
            after++;
        }

        return after > end + 1 ? after : null;
    }

    /// <summary>
    /// "one service to page on instead of three": an amount told against the one it replaced, a few words apart, is one
    /// metric (and "one" counts here, as the other number says what it is compared with); where it ends, or null.
    /// </summary>
    private static int? InsteadOf(List<MetricToken> tokens, int number)
    {
        for (var at = number + 1; at + 2 < tokens.Count && at - number <= MaxWordsAfterNumber + 1; at++)
        {
            if (tokens[at].Is("instead") && tokens[at + 1].Is("of") && tokens[at + 2].IsNumeric)
            {
                return at > number + 1 ? at + 3 : null;
            }

            if (tokens[at].Kind != MetricTokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"a few hours", "several days", "a couple of weeks": an amount without a number, after "to" in a change.</summary>
    private static int? VagueAmount(List<MetricToken> tokens, int at)
    {
        var unit = at < tokens.Count && tokens[at].Is("several") ? at + 1
            : at + 1 < tokens.Count && tokens[at].Is("a") && tokens[at + 1].Is("few") ? at + 2
            : at + 2 < tokens.Count && tokens[at].Is("a") && tokens[at + 1].Is("couple") && tokens[at + 2].Is("of") ? at + 3
            : -1;
        return unit > 0 && unit < tokens.Count && TimeUnits.Contains(tokens[unit].Text) ? unit + 1 : null;
    }

    /// <summary>A number with no counted noun: a unit of its own, a percentage told by its clause, or "team of 4".</summary>
    private static (int Start, int End)? Bare(List<MetricToken> tokens, int i)
    {
        if (NumberWordsWithUnit.Contains(tokens[i].Text))
        {
            return (i, i + 1);
        }

        if (tokens[i].IsPercentage && ClauseBefore(tokens, i) is { } clause)
        {
            return (clause, i + 1);
        }

        if (i >= 2 && tokens[i - 1].Is("of") && tokens[i - 2].Kind == MetricTokenKind.Word && !StopWords.Contains(tokens[i - 2].Text))
        {
            return (i - 2, i + 1);
        }

        return tokens[i].HasUnit ? (i, i + 1) : null;
    }

    /// <summary>Where the clause holding the token starts, when it is a few words only ("cost went down" 60%).</summary>
    private static int? ClauseBefore(List<MetricToken> tokens, int i)
    {
        var start = i;
        while (start > 0 && tokens[start - 1].Kind == MetricTokenKind.Word && i - start < 5)
        {
            start--;
        }

        var atBoundary = start == 0 || tokens[start - 1].Kind == MetricTokenKind.Punctuation;
        return atBoundary && start < i ? start : null;
    }

    /// <summary>After "3 of 8", "1 in 500", "3 of the 5", "8 sur 10": the second number; else <paramref name="at"/>.</summary>
    private static int AfterRatio(List<MetricToken> tokens, int at)
    {
        var unitless = !tokens[at - 1].HasUnit;
        if (at + 1 < tokens.Count && (tokens[at].Is("of") || (unitless && tokens[at].Is("in")) || tokens[at].Is("sur")))
        {
            var next = tokens[at + 1].Is("the") && at + 2 < tokens.Count ? at + 2 : at + 1;
            if (tokens[next].Kind == MetricTokenKind.Number && (!tokens[next].HasUnit || !unitless))
            {
                return next + 1;
            }
        }

        return at;
    }

    /// <summary>"from 3 days to 4 hours", "8 to 10 hours", "30 minutes to 4 minutes": one metric, or null.</summary>
    private static (int Start, int End)? Range(List<MetricToken> tokens, int number, int end, int words)
    {
        // "from about 40 a month to zero": a word of approximation may stand between "from" and the number.
        var fromAt = number > 1 && Approximately.Contains(tokens[number - 1].Text) ? number - 2 : number - 1;
        var from = fromAt >= 0 && FromWords.Contains(tokens[fromAt].Text);

        // "from 2 days to a few hours": the change ends in an amount without a number.
        if (from && words > 0 && end + 1 < tokens.Count && tokens[end].Is("to") && VagueAmount(tokens, end + 1) is { } vagueEnd)
        {
            return (fromAt, vagueEnd);
        }

        if (end + 1 >= tokens.Count || !RangeWords.Contains(tokens[end].Text))
        {
            return null;
        }

        if (!tokens[end + 1].IsNumeric)
        {
            // "de 8 secondes à moins d'une seconde": the second amount has no number, only a bound and its unit.
            return from && words > 0 && Bounds.Contains(tokens[end + 1].Text) && WordsUpTo(tokens, end + 1) is { } boundEnd ? (fromAt, boundEnd) : null;
        }

        var (secondEnd, _) = Phrase(tokens, end + 2);
        var sameUnit = words > 0 && secondEnd > end + 2 && tokens[number + 1].Is(tokens[end + 2].Text);
        if (!from && words > 0 && !sameUnit)
        {
            return null;
        }

        return (from ? fromAt : number, secondEnd);
    }

    /// <summary>Where the run of up to four words from <paramref name="at"/> ends (at punctuation, a number or a stop word), or null.</summary>
    private static int? WordsUpTo(List<MetricToken> tokens, int at)
    {
        var after = at;
        while (after < tokens.Count && tokens[after].Kind == MetricTokenKind.Word && after - at < MaxWordsAfterNumber && (after == at || !StopWords.Contains(tokens[after].Text)))
        {
            after++;
        }

        return after > at + 1 ? after : null;
    }

    /// <summary>"45 minutes → 11 minutes", "~2 hours → under a minute": where the part after the arrow ends, or null.</summary>
    private static int? Arrow(List<MetricToken> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Kind != MetricTokenKind.Arrow)
        {
            return null;
        }

        if (tokens[end + 1].IsNumeric)
        {
            return Math.Max(Phrase(tokens, end + 2).End, end + 2);
        }

        var after = end + 1;
        while (after < tokens.Count && tokens[after].Kind == MetricTokenKind.Word && after - end <= MaxWordsAfterNumber)
        {
            after++;
        }

        return after > end + 1 ? after : null;
    }

    /// <summary>The counted noun phrase after a number: up to four words, ended by a stop word or a verb.</summary>
    private static (int End, int Words) Phrase(List<MetricToken> tokens, int at)
    {
        var (end, words, cursor) = (at, 0, at);
        while (words < MaxWordsAfterNumber && cursor < tokens.Count && tokens[cursor].Kind is MetricTokenKind.Word or MetricTokenKind.NumberWord or MetricTokenKind.Punctuation)
        {
            var word = tokens[cursor];
            if (word.Text == "+" || Continuations.Contains(word.Text))
            {
                end = ++cursor;
                continue;
            }

            // "3 months in a row": the run is part of the count.
            if (words > 0 && word.Is("in") && cursor + 2 < tokens.Count && tokens[cursor + 1].Is("a") && tokens[cursor + 2].Is("row"))
            {
                end = cursor + 3;
                break;
            }

            // Right after "of" a participle describes the counted thing ("20 minutes of degraded checkout").
            if (!IsPhraseWord(tokens, cursor) || Verbs.Contains(word.Text) || (words > 0 && IsVerb(word.Text) && !tokens[cursor - 1].Is("of")))
            {
                break;
            }

            // Another number after the counted thing starts something else ("12 integrations one by one"); a verb right
            // after the number with no noun after it is what the number did ("all 14 moved in 24 days").
            if ((words > 0 && (word.Kind == MetricTokenKind.NumberWord || word.Is("one")))
                || (words == 0 && IsVerb(word.Text) && (cursor + 1 == tokens.Count || tokens[cursor + 1].Kind != MetricTokenKind.Word || StopWords.Contains(tokens[cursor + 1].Text))))
            {
                break;
            }

            var previous = tokens[cursor - 1].Text;
            cursor++;

            // "of" only joins the counted thing to its number: it is not one of the words the phrase may have.
            words += word.Is("of") && words > 0 && cursor < tokens.Count && !tokens[cursor].Is("the") ? 0 : 1;
            if (!NonEnding.Contains(word.Text))
            {
                end = cursor;
            }

            if ((word.Is("later") || word.Is("earlier") || word.Is("später")) && TimeUnits.Contains(previous))
            {
                break;
            }
        }

        return (end, words);
    }

    /// <summary>Whether the token can be in a counted noun phrase at all.</summary>
    private static bool IsPhraseWord(List<MetricToken> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Kind == MetricTokenKind.Number)
        {
            return false;
        }

        var word = tokens[at];
        var next = at + 1 < tokens.Count ? tokens[at + 1] : default;
        var previous = tokens[at - 1];
        return word.Kind switch
        {
            MetricTokenKind.Punctuation => false,
            _ when word.Is("as") => previous.Is("twice"),
            _ when StopWords.Contains(word.Text) => false,
            _ when word.Is("of") && Pronouns.Contains(next.Text) && previous.Kind == MetricTokenKind.NumberWord => false,
            _ when word.Is("of") || word.Is("de") => next.Kind == MetricTokenKind.Word && !NotCounted.Contains(next.Text) || previous.IsNumeric && next.Kind == MetricTokenKind.Word,
            _ when word.Is("a") || word.Is("an") => next.Kind == MetricTokenKind.Word && RatePeriods.Contains(next.Text),
            _ when word.Is("the") => previous.Is("of") || previous.Is("half") || (previous.Kind == MetricTokenKind.Number && previous.Text.EndsWith('x')),
            _ when word.Is("later") || word.Is("earlier") || word.Is("später") => TimeUnits.Contains(previous.Text),

            // "two months his rollover rate": a possessive after the counted noun starts another phrase; after "of" or the
            // number itself it is part of it ("half of his tickets", "10x their quota").
            _ when NotCounted.Contains(word.Text) => previous.Is("of") || previous.IsNumeric,
            _ => true,
        };
    }

    /// <summary>A verb after the counted noun ends the phrase ("45 people opened it"); right after the number it describes ("4k failed logins", "5 live ones").</summary>
    private static bool IsVerb(string word) =>
        word.Equals("live", StringComparison.OrdinalIgnoreCase) || (word.Length > 4 && HasVerbEnding(word)) || IsGermanParticiple(word);

    /// <summary>A loop, not a lambda: this runs for most words after a number, and a lambda over the word is allocated per call.</summary>
    private static bool HasVerbEnding(string word)
    {
        foreach (var ending in VerbEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"geschrieben", "gemacht": a lower-case ge-…-en/-t word is a German participle (German nouns are capitalised).</summary>
    private static bool IsGermanParticiple(string word) =>
        word.Length >= 6 && word.StartsWith("ge", StringComparison.Ordinal) && (word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith('t'));

    /// <summary>Endings of verb forms (English past and -ing, Spanish past and first person plural, German participles, Russian past plural).</summary>
    private static readonly string[] VerbEndings = ["ed", "ing", "aron", "ieron", "amos", "ían", "aban", "iert", "ли"];

    private static bool IsOrdinalOrYear(List<MetricToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != MetricTokenKind.Number)
        {
            return false;
        }

        if (token.Text.Length == 4 && int.TryParse(token.Text, out var year) && year is >= 1950 and <= 2100)
        {
            return true;
        }

        return i > 0 && (OrdinalLabels.Contains(tokens[i - 1].Text) || IsNameVersion(tokens, i)) && !token.HasUnit;
    }

    /// <summary>
    /// A number right after a name inside a sentence ("the Python 2 end-of-life date", "on Windows 10 laptops"): the
    /// name's version, not a count. A capital word that opens the line or a clause ("All 14 moved") is no name, nor is a
    /// capital word before a capital counted noun (German nouns: "die Migration 3 Tage früher").
    /// </summary>
    private static bool IsNameVersion(List<MetricToken> tokens, int i)
    {
        var name = tokens[i - 1];
        var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
        return i >= 2 && name.Kind == MetricTokenKind.Word && name.Text.Length > 1 && char.IsUpper(name.Text[0]) && name.Text.Skip(1).Any(char.IsLower)
            && tokens[i - 2].Kind == MetricTokenKind.Word && char.IsLower(tokens[i - 2].Text[0])
            && !(next.Kind == MetricTokenKind.Word && char.IsUpper(next.Text[0]));
    }

    /// <summary>The metrics without repeats and without one that another holds ("6 hours" inside "6 hours a week").</summary>
    private static List<string> WithoutContained(List<string> metrics)
    {
        // Most texts hold one metric or none: nothing to compare.
        if (metrics.Count < 2)
        {
            return metrics;
        }

        var distinct = metrics.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Where(m => !distinct.Any(other => other.Length > m.Length && ContainsAsWords(other, m))).ToList();
    }

    private static bool ContainsAsWords(string text, string part)
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
}
