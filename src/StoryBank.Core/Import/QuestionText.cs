using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>Reads a line of notes as an interviewer would: a prompt, a probe, a plain topic, or a section to leave out.</summary>
internal static partial class QuestionText
{
    // Trim sets as fields: a params array would be allocated on every call, and these run for every line.
    private static readonly char[] Quotes = ['"', '\'', '“', '”', '‘', '’', '«', '»'];
    private const string QuestionEnd = "\"”’')*:";
    private const string ProbeEnd = "\"”’'):";

    /// <summary>Removes emphasis, numbering, quotes and odd spacing from a question as written.</summary>
    public static string Normalize(string text)
    {
        var result = WithoutLeadingEmoji(Unwrap(UnspacedHeading.Strip(text.Trim())));
        result = result[NumberingLength(result)..];

        if (CategoryPrefix(result) is not null)
        {
            result = result[(result.IndexOf(':', StringComparison.Ordinal) + 1)..];
        }

        // The replacements only run where they can change something: \s+ matches every single space, so it would copy
        // every question; the space before ?, ! or : needs one of them.
        result = (PlainText.HasOddSpacing(result) ? Whitespace().Replace(result, " ") : result).Trim();
        result = result.Trim(Quotes).Trim();
        if (result.AsSpan().IndexOfAny("?!:") >= 0)
        {
            result = SpaceBeforePunctuation().Replace(result, "$1");
        }

        return result;
    }

    /// <summary>"🤝 Tell me…": emoji before a question decorate it.</summary>
    private static string WithoutLeadingEmoji(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsSurrogate(text[i]) || text[i] is '\u200D' or '\uFE0F' or ' '
            || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.OtherSymbol))
        {
            i++;
        }

        return i == 0 || i == text.Length ? text : text[i..];
    }

    /// <summary>The category a question names before a colon ("Conflict: Tell me about…"), or null.</summary>
    public static string? CategoryPrefix(string text)
    {
        var match = CategoryPrefixPattern().Match(PlainText.Of(text));
        return match.Success ? CategoryClassifier.FromName(match.Groups["name"].Value) : null;
    }

    [GeneratedRegex(@"^(?:#+\s*)?(?:\d+[.)]\s*)?(?<name>[\p{L}][\p{L} &-]{2,40}):\s+\S")]
    private static partial Regex CategoryPrefixPattern();

    /// <summary>Ends in a question mark, or opens the way interview questions and prompts open.</summary>
    public static bool IsQuestionLike(string text)
    {
        // "1. Tell me…", "Q3: Describe…": the numbering does not change what is asked.
        var plain = PlainText.Of(text).AsSpan().TrimEnd(QuestionEnd).TrimEnd();
        if (plain.Length > 0 && (char.IsDigit(plain[0]) || plain[0] is 'Q' or 'q') && NumberingPrefix().Match(plain.ToString()) is { Success: true } numbering)
        {
            plain = plain[numbering.Length..];
        }

        return plain.EndsWith('?') || Prompt().IsMatch(plain) || IsUnmarkedQuestion(plain);
    }

    /// <summary>"Tell me about…", "Describe…": starts a new question, never a follow-up.</summary>
    public static bool IsPrompt(string text) => Prompt().IsMatch(PlainText.Of(text));

    /// <summary>A question that probes the story at hand ("How did you…?") rather than asking for a new one.</summary>
    public static bool IsProbe(string text)
    {
        var plain = PlainText.Of(text).AsSpan().TrimEnd(ProbeEnd).TrimEnd();
        return !Prompt().IsMatch(plain) && (plain.EndsWith('?') || IsUnmarkedQuestion(plain));
    }

    /// <summary>
    /// A question written without "?": it opens with a question word and asks about "you" ("what would you have done…"),
    /// unlike narrative that happens to open with one ("When I joined, …").
    /// </summary>
    private static bool IsUnmarkedQuestion(ReadOnlySpan<char> plain) =>
        Interrogative().IsMatch(plain) && SecondPerson().IsMatch(plain) && !FirstPerson().IsMatch(plain);

    /// <summary>The one STAR section a probe asks for ("What was your role?" → role), or null.</summary>
    public static StorySection? SingleSectionProbe(string text)
    {
        var plain = PlainText.Of(text).Trim();
        if (RoleProbe().IsMatch(plain))
        {
            return StorySection.Role;
        }

        if (OutcomeProbe().IsMatch(plain))
        {
            return StorySection.Outcome;
        }

        if (ActionProbe().IsMatch(plain))
        {
            return StorySection.Action;
        }

        if (ReflectionProbe().IsMatch(plain))
        {
            return StorySection.Reflection;
        }

        return SituationProbe().IsMatch(plain) ? StorySection.Situation : null;
    }

    /// <summary>Headings of sections that are about the interview, not a question in it (checklists, questions to ask, STAR).</summary>
    public static bool IsNonQuestionSection(string text)
    {
        var plain = PlainText.Of(text);
        return NonQuestionSection().IsMatch(plain) || (StarAcronym().IsMatch(plain) && !Prompt().IsMatch(plain));
    }

    /// <summary>
    /// A heading that is about the interview only because it names the answer format ("My stories (STAR)", "SOAR / STAR-L
    /// practice"): over questions it is the document's title, not a section to leave out.
    /// </summary>
    public static bool OnlyNamesTheFormat(string text)
    {
        var plain = PlainText.Of(text);
        return !NonQuestionSection().IsMatch(plain) && StarAcronym().IsMatch(plain);
    }

    /// <summary>A line that is one bold run ("**Why this company?**").</summary>
    public static bool IsBoldLine(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 4 && ((trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal))
            || (trimmed.StartsWith("__", StringComparison.Ordinal) && trimmed.EndsWith("__", StringComparison.Ordinal)));
    }

    /// <summary>A task-list item ("[ ] …", "[x] …"): a to-do, never a question.</summary>
    public static bool IsTaskItem(string text) => text.StartsWith("[ ]", StringComparison.Ordinal) || text.StartsWith("[x]", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Story 3: Billing migration" → "Billing migration"; null when the heading is not a story heading.</summary>
    public static string? StoryHeadingTitle(string text)
    {
        var match = StoryHeading().Match(PlainText.Of(text));
        return match.Success ? match.Groups["title"].Value.Trim() : null;
    }

    /// <summary>
    /// A question about what the person wants rather than about something that happened ("What are you looking for in
    /// your next role?", "Where do you see yourself…"): its answer is no story, so its unlabelled text is notes. (A "Why…?"
    /// or "Tell me about yourself" answer is read as told, as the earlier golds expect.)
    /// </summary>
    public static bool IsAboutThePerson(string question) => AboutThePerson().IsMatch(PlainText.Of(question));

    /// <summary>
    /// The same rule for an answer written as a list, which reads more questions as about the person: besides
    /// <see cref="IsAboutThePerson"/>, a "Why…?" question ("Why Shopify?") and a strengths or weaknesses question. Told as
    /// prose, such an answer may be a story; as unlabelled list items without cue words it is the person's points, so
    /// the items are notes (see <see cref="BulletArc"/>).
    /// </summary>
    public static bool IsAboutThePersonInAList(string question) =>
        IsAboutThePerson(question) || WhyOrStrengths().IsMatch(PlainText.Of(question));

    /// <summary>
    /// "How do you run a project kickoff?": a question about the person's way of working, whose unlabelled steps are what
    /// they do (action), not notes.
    /// </summary>
    public static bool AsksHowYouWork(string question) => HowYouWork().IsMatch(PlainText.Of(question));

    [GeneratedRegex(@"^\W*how\s+do\s+you\s+(?!feel|think|know)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex HowYouWork();

    /// <summary>
    /// A heading that only holds a place ("Q4", "Story 2", "Example"): the question or title is on the line after it.
    /// </summary>
    public static bool IsPlaceholder(string text) => Placeholder().IsMatch(PlainText.Of(text).Trim());

    /// <summary>The numbering and prefixes <see cref="Normalize"/> removes from the start ("Q1: ", "Question: "), or "".</summary>
    public static string NumberingOf(string text)
    {
        var unwrapped = Unwrap(text.Trim());
        return unwrapped[..NumberingLength(unwrapped)];
    }

    /// <summary>
    /// The length of the numbering before a question: one number or "Q3:" ("1. 2. Why?" keeps "2."; the Markdown export
    /// writes that to protect a question that starts with a number), then a "Question:" label ("Q2: Question: Describe…").
    /// </summary>
    private static int NumberingLength(string text)
    {
        var first = NumberingPrefix().Match(text);
        if (!first.Success || first.Length >= text.Length)
        {
            return 0;
        }

        var label = QuestionLabel().Match(text, first.Length);
        return label.Success && first.Length + label.Length < text.Length ? first.Length + label.Length : first.Length;
    }

    /// <summary>Splits "question / other phrasing / another" into the question and its variants.</summary>
    public static (string Question, List<string> Variants) SplitVariants(string text)
    {
        // Most questions have no variants: no split, no list of parts.
        if (!text.Contains(" / ", StringComparison.Ordinal))
        {
            var trimmed = text.Trim();
            return (trimmed.Length == 0 ? "" : Normalize(trimmed), []);
        }

        var parts = text.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return ("", []);
        }

        return (Normalize(parts[0]), parts.Skip(1).Select(Normalize).Where(v => v.Length > 0).ToList());
    }

    private static string Unwrap(string text)
    {
        // "**Tell me…**", "_Why us?_": the emphasis is decoration, not part of the question.
        var changed = true;
        while (changed && text.Length > 2)
        {
            changed = false;
            foreach (var marker in (ReadOnlySpan<string>)["**", "__", "*", "_", "`"])
            {
                if (text.Length > 2 * marker.Length && text.StartsWith(marker, StringComparison.Ordinal) && text.EndsWith(marker, StringComparison.Ordinal))
                {
                    text = text[marker.Length..^marker.Length].Trim();
                    changed = true;
                }
            }
        }

        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\G(?:Q|Question)\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^\W*(?:what (?:are|were) you looking for\b|what (?:excites|motivates) you\b|where do you see yourself\b|why (?:are|were) you (?:leaving|looking)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AboutThePerson();

    [GeneratedRegex(@"^\W*(?:why|warum|por\s*qu[eé]|pourquoi|почему|为什么)\b|\b(?:strengths?|weakness(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhyOrStrengths();

    [GeneratedRegex(@"^(?:q|question|story|example|answer|prompt)\s*#?\s*\d*\s*[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+([?!:])(?=\W*$)")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"^(?:(?:Q(?:uestion)?\s*\d*\s*[:.)\-]|\d{1,3}\s*[.):]|#\d+\s*[:.)-]?)\s+|Q(?:uestion)?\s*\d*\s*：\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberingPrefix();

    [GeneratedRegex(@"^\W*(?:tell\s+(?:me|us)|describe|give\s+(?:me|us)|walk\s+(?:me|us)|talk\s+(?:me\s+)?(?:about|through)|share\s+(?:an?|a\s+time|an\s+example)|can\s+you\s+(?:tell|describe|give|walk|share|talk)|could\s+you\s+(?:tell|describe|give|walk|share|talk)|have\s+you\s+ever|explain\s+a\s+time|recall\s+a\s+time|what\s+would\s+you\s+do\s+if|why\s+(?:do\s+you\s+want|are\s+you\s+interested|should\s+we|this\s+company|us\b|[A-Z]\w+\s*\?))", RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^\W*(?:what|how|why|who|whom|whose|when|where|which|did|do|does|was|were|is|are|can|could|would|will|have|has|had|should)\b(?!\s*[:=])", RegexOptions.IgnoreCase)]
    private static partial Regex Interrogative();

    [GeneratedRegex(@"\byou(?:r|rs|rself)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"\b(?:I|I'm|I've|I'd|me|my|we|our|us)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"^\W*(?:so\s+)?what\s+(?:exactly\s+)?(?:was|were|is)\s+(?:your|my)\s+(?:own\s+|specific\s+|exact\s+)?(?:role|part|responsibilit(?:y|ies)|task|job)\b[^,;]*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleProbe();

    [GeneratedRegex(@"^\W*(?:so\s+)?what\s+(?:was|were|is)\s+(?:the\s+)?(?:end\s+|final\s+)?(?:result|outcome|impact)s?\b[^,;]*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeProbe();

    [GeneratedRegex(@"^\W*(?:so\s+)?what\s+(?:exactly\s+)?did\s+you\s+(?:do|actually\s+do|personally\s+do)\b[^,;]*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionProbe();

    [GeneratedRegex(@"^\W*(?:so\s+)?what\s+did\s+you\s+learn\b[^,;]*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex ReflectionProbe();

    [GeneratedRegex(@"^\W*what\s+was\s+the\s+(?:situation|context|background)\b[^,;]*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex SituationProbe();

    [GeneratedRegex(@"^\W*(?:(?:rehearsal|practice|prep|interview|day[- ]of)?\s*check\s*-?list|(?:table\s+of\s+)?contents\s*$|toc\s*$|before\s+the\s+interview|during\s+the\s+interview|after\s+the\s+interview|questions?\s+(?:to\s+ask|for\s+(?:the\s+)?(?:interviewer|them|the\s+panel|my\s+interviewer))|(?:my\s+)?questions\s+for\s+them|reminders?|tips|interview\s+tips|what\s+is\s+star|(?:the\s+)?star\s+(?:method|format|technique|framework|structure|definition)|star\s*[=:]|star\s*\(|star\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NonQuestionSection();

    [GeneratedRegex(@"\bSTAR\b")]
    private static partial Regex StarAcronym();

    [GeneratedRegex(@"^\W*story\s*#?\s*(?:\d+|[A-Z]\b)?\s*[:.\-–—·]\s*(?<title>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex StoryHeading();
}
