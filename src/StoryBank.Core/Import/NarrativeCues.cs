using System.Buffers;
using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Splits unlabelled narrative into sentences and clauses and says which STAR section a piece's wording points to.
/// A piece without a cue returns null: it continues the section before it.
/// </summary>
internal static partial class NarrativeCues
{
    /// <summary>The least length of a line wrapped at a fixed width: editors wrap at 72 to 100 characters.</summary>
    private const int WrapWidth = 50;

    /// <summary>What may open a sentence before its first word: dashes, spaces, an opening quote or parenthesis.</summary>
    private const string LeadIn = "-–— \"“(";

    /// <summary>What a sentence or clause boundary follows (see <see cref="Boundary"/>).</summary>
    private static readonly SearchValues<char> BoundaryPunctuation = SearchValues.Create(".!?,;-–—");

    /// <summary>Cuts lines into sentences and clauses, never inside code spans, emphasis or links, and adds them to <paramref name="units"/>.</summary>
    public static void Split(ReadOnlySpan<NoteLine> lines, IReadOnlyList<(int Start, int End)> protectedRanges, List<NoteLine> units)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var wrapped = i;
            while (wrapped + 1 < lines.Length && IsHardWrap(lines[wrapped].Text, lines[wrapped + 1].Text))
            {
                wrapped++;
            }

            if (wrapped > i)
            {
                SplitWrapped(lines[i..(wrapped + 1)], protectedRanges, units);
                i = wrapped;
                continue;
            }

            var line = lines[i];
            var start = 0;

            // Every boundary is whitespace right after . ! ? , ; or a dash: a line with no such pair skips the regex,
            // which would otherwise try its lookbehinds at every space.
            if (HasPunctuationThenSpace(line.Text))
            {
                foreach (var boundary in Boundary().EnumerateMatches(line.Text))
                {
                    var cut = boundary.Index + boundary.Length;
                    if (cut <= start || cut >= line.Text.Length || IsProtected(line.Offset + boundary.Index, protectedRanges))
                    {
                        continue;
                    }

                    AddUnit(units, line, start, cut);
                    start = cut;
                }
            }

            AddUnit(units, line, start, line.Text.Length);
        }
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on the sentence <paramref name="line"/> started: a paragraph hard-wrapped at a
    /// fixed width ("…sat for three or four days" / "and people had started…"). The line is long, as wrapped lines are
    /// (a short one is an item of its own, unless it ends on a word no sentence ends on: "went from"), it ends
    /// mid-sentence, and the next goes on in lower case or with a number,
    /// with no cue of its own in its first clause. A lower-case "i" starts a
    /// sentence of its own in notes typed quickly.
    /// </summary>
    public static bool IsHardWrap(string line, string next)
    {
        var end = line.TrimEnd();
        var start = next.TrimStart();

        // The checks of single characters first: the regex only runs for a short line that may still go on.
        if (start.Length == 0 || !(char.IsLower(start[0]) || char.IsDigit(start[0])) || end.Length == 0 || end[^1] is '.' or '!' or '?' or ':' or '…'
            || (end.Length < WrapWidth && !EndsWithJoiningWord().IsMatch(end)))
        {
            return false;
        }

        if (start.StartsWith("i ", StringComparison.Ordinal) || start.StartsWith("i'", StringComparison.Ordinal) || start.StartsWith("i’", StringComparison.Ordinal))
        {
            return false;
        }

        var firstClause = Boundary().Match(start) is { Success: true } boundary ? start[..boundary.Index] : start;
        return Classify(firstClause) is null;
    }

    /// <summary>
    /// A sentence of its own (capitalised: a lower-case line only adds to the one before) that follows the action and
    /// reports a number about something else than the teller ("They expanded to 12 more warehouses"): the result the
    /// action had, even with no cue word.
    /// </summary>
    public static StorySection? AfterAction(StorySection? previous, string sentence) =>
        previous == StorySection.Action && sentence.Length > 0 && char.IsUpper(sentence[0]) && !TellerOpening().IsMatch(sentence)
            && MetricExtractor.Extract([sentence]).Count > 0
            ? StorySection.Outcome
            : null;

    /// <summary>The section a sentence's wording points to, or null when it has no cue.</summary>
    public static StorySection? Classify(string sentence)
    {
        var buffer = sentence.Length <= 256 ? stackalloc char[sentence.Length] : new char[sentence.Length];
        var plain = PlainText.Of(sentence, buffer).TrimStart(LeadIn);
        if (RoleCue().IsMatch(plain))
        {
            return StorySection.Role;
        }

        if (ReflectionCue().IsMatch(plain))
        {
            return StorySection.Reflection;
        }

        if (OutcomeCue().IsMatch(plain) || NextTimeOutcome().IsMatch(plain) || NoneSince().IsMatch(plain))
        {
            return StorySection.Outcome;
        }

        if (SituationCue().IsMatch(plain))
        {
            return StorySection.Situation;
        }

        // The "…, so I did…" form is tried at every space of the sentence. Plain text has single spaces, so one without
        // "so I " cannot have it.
        return ActionOpening().IsMatch(plain) || ElidedSubjectAction().IsMatch(plain) || (plain.Contains("so I ", StringComparison.Ordinal) && ActionSoI().IsMatch(plain))
            ? StorySection.Action
            : null;
    }

    /// <summary>Sentences of lines hard-wrapped into one: a sentence may run across line breaks, which it keeps.</summary>
    private static void SplitWrapped(ReadOnlySpan<NoteLine> wrapped, IReadOnlyList<(int Start, int End)> protectedRanges, List<NoteLine> units)
    {
        var lines = wrapped.ToArray();
        // The lines joined by '\n', and where each starts in the joined text, to map a cut back to its line and offset.
        var starts = new int[lines.Length];
        var joined = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                joined.Append('\n');
            }

            starts[i] = joined.Length;
            joined.Append(lines[i].Text);
        }

        var text = joined.ToString();
        int LineAt(int index)
        {
            var at = Array.BinarySearch(starts, index);
            return at >= 0 ? at : Math.Max(0, ~at - 1);
        }

        void Add(int from, int to)
        {
            var piece = text[from..to];
            var trimmed = piece.TrimStart();
            var at = from + (piece.Length - trimmed.Length);
            trimmed = trimmed.TrimEnd();
            if (trimmed.Length > 0)
            {
                var line = LineAt(at);
                units.Add(new NoteLine(lines[line].Number, lines[line].Offset + (at - starts[line]), trimmed));
            }
        }

        var start = 0;
        foreach (var boundary in Boundary().EnumerateMatches(text))
        {
            var cut = boundary.Index + boundary.Length;
            var line = LineAt(boundary.Index);
            if (cut <= start || cut >= text.Length || IsProtected(lines[line].Offset + (boundary.Index - starts[line]), protectedRanges))
            {
                continue;
            }

            Add(start, cut);
            start = cut;
        }

        Add(start, text.Length);
    }

    private static bool HasPunctuationThenSpace(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny(BoundaryPunctuation); i >= 0; i = text.IndexOfAny(BoundaryPunctuation))
        {
            if (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }

            text = text[(i + 1)..];
        }

        return false;
    }

    private static void AddUnit(List<NoteLine> units, NoteLine line, int start, int end)
    {
        var text = line.Text.AsSpan(start, end - start);
        var trimmed = text.TrimStart();
        var offset = line.Offset + start + (text.Length - trimmed.Length);
        trimmed = trimmed.TrimEnd();
        if (trimmed.Length > 0)
        {
            // A line that is one sentence is kept as it is: no copy.
            units.Add(new NoteLine(line.Number, offset, trimmed.Length == line.Text.Length ? line.Text : trimmed.ToString()));
        }
    }

    private static bool IsProtected(int offset, IReadOnlyList<(int Start, int End)> ranges)
    {
        foreach (var (start, end) in ranges)
        {
            if (offset > start && offset < end)
            {
                return true;
            }
        }

        return false;
    }

    // A sentence ends at . ! or ? before a space; a clause starts at a cue that follows a comma, semicolon or dash.
    [GeneratedRegex(@"(?<=[.!?])\s+|(?:(?<=[,;])|(?<=\s[-–—]))\s+(?=(?:resulting in|as a result|which resulted|and as a result|so (?:\W*)I\b|in the end|ultimately)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:my (?:job|role|task|responsibility|mandate|goal) (?:was|is)|I was (?:asked|tasked|hired|brought in|responsible|expected|supposed|given the job|put in charge)|I needed to|I had to|I was (?:the|his|her|their|our) |I was on call|it was my job)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleCue();

    [GeneratedRegex(@"\b(?:I learned|I learnt|I've learned|lessons? learned|the lesson|next time|in hindsight|looking back|in retrospect|if I did it again|I would (?:now |have )?do(?:ne)? (?:it )?differently|I'd do (?:it )?differently|taught me|I took away|(?:my|the) takeaway)", RegexOptions.IgnoreCase)]
    private static partial Regex ReflectionCue();

    [GeneratedRegex(@"\b(?:the outcome|as a result|resulting in|resulted in|we agreed|in the end|ultimately|end result|the result was|this led to|which led to|in the result|went (?:from|down|up)\s|(?:was|were) (?:down|up) to\b|(?:was|were) promoted|(?:this|that|which) meant\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeCue();

    [GeneratedRegex(@"^(?:for example|for instance|case in point|at the time|back in|background\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SituationCue();

    // An action is told as "I did…" or "Then I did…" at the start, also after a short lead-in ("Working on it: I now
    // write…"), or as "…, so I did…" anywhere. A plan told step by step ("Step 1 of my plan was…") is what was done, too.
    [GeneratedRegex(@"^(?:\p{L}[\p{L}'’ ]{0,30}:\s+)?(?:(?:so|then|and|first|next|finally|eventually|instead|later)\W+)?I\s+(?!was brought|was asked)\p{L}|^(?i:step\s+\d+\b|(?:the\s+)?first\s+step\b|my\s+plan\b)", RegexOptions.None)]
    private static partial Regex ActionOpening();

    [GeneratedRegex(@"\b(?:from|to|of|per|and|or|the|a|an|with|by|for|than)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithJoiningWord();

    // A sentence the teller tells of themselves or their team.
    [GeneratedRegex(@"^\W*(?:(?:so|then|and)\s+)?(?:I|we|my|our|me|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TellerOpening();

    [GeneratedRegex(@"(?:^|[,;]\s*|\s)so\s+I\s+\p{L}", RegexOptions.None)]
    private static partial Regex ActionSoI();

    // Notes drop the "I": "Paired with a mid-level engineer…", "Restored it within…". A past tense that opens the sentence
    // and goes on to whom or what it was done with is the person's action ("Based on…", "Limited budget…" are not).
    [GeneratedRegex(@"^(?!(?:Based|Related|Used|Supposed|Interested|Excited|Concerned|Worried|Scared|Surprised|Tired)\b)[A-Z][a-z]{2,}(?<!e)ed\s+(?:with|on|up|out|back|through|it|them|him|her|everyone|everything)\b", RegexOptions.None)]
    private static partial Regex ElidedSubjectAction();

    // "His next design review passed…", "the next release went out on time": the next time the thing came round shows the
    // result of what was done (not "the next day", which only moves the story on).
    [GeneratedRegex(@"^(?:his|her|their|our|the|my)\s+next\s+(?!(?:day|morning|afternoon|evening|night|week|month|year|quarter|time|step|steps)\b)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex NextTimeOutcome();

    // "none of them had a scope fight after week one", "nothing has broken since": what did not happen again is the result.
    [GeneratedRegex(@"\b(?:none of (?:them|those|these|the \w+) (?:had|has|have|was|were|needed|saw)|nothing (?:has|had) (?:broken|failed|gone wrong))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoneSince();
}
