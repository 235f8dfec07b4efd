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
    /// <summary>What may open a sentence before its first word: dashes, spaces, an opening quote or parenthesis.</summary>
    private const string LeadIn = "-–— \"“(";

    /// <summary>What a sentence or clause boundary follows (see <see cref="Boundary"/>).</summary>
    private static readonly SearchValues<char> BoundaryPunctuation = SearchValues.Create(".!?,;-–—");

    /// <summary>Cuts lines into sentences and clauses, never inside code spans, emphasis or links, and adds them to <paramref name="units"/>.</summary>
    public static void Split(ReadOnlySpan<NoteLine> lines, IReadOnlyList<(int Start, int End)> protectedRanges, List<NoteLine> units)
    {
        foreach (var line in lines)
        {
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

    /// <summary>The section a sentence's wording points to, or null when it has no cue.</summary>
    public static StorySection? Classify(string sentence)
    {
        var buffer = sentence.Length <= 256 ? stackalloc char[sentence.Length] : new char[sentence.Length];
        var plain = QuestionText.Plain(sentence, buffer).TrimStart(LeadIn);
        if (RoleCue().IsMatch(plain))
        {
            return StorySection.Role;
        }

        if (ReflectionCue().IsMatch(plain))
        {
            return StorySection.Reflection;
        }

        if (OutcomeCue().IsMatch(plain))
        {
            return StorySection.Outcome;
        }

        if (SituationCue().IsMatch(plain))
        {
            return StorySection.Situation;
        }

        // The "…, so I did…" form is tried at every space of the sentence. Plain text has single spaces, so one without
        // "so I " cannot have it.
        return ActionOpening().IsMatch(plain) || (plain.Contains("so I ", StringComparison.Ordinal) && ActionSoI().IsMatch(plain))
            ? StorySection.Action
            : null;
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

    [GeneratedRegex(@"\b(?:my (?:job|role|task|responsibility|mandate|goal) (?:was|is)|I was (?:asked|tasked|hired|brought in|responsible|expected|supposed|given the job|put in charge)|I needed to|I had to|I was the (?:owner|lead)|I was on call|it was my job)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleCue();

    [GeneratedRegex(@"\b(?:I learned|I learnt|I've learned|lessons? learned|the lesson|next time|in hindsight|looking back|in retrospect|if I did it again|I would (?:now |have )?do(?:ne)? (?:it )?differently|I'd do (?:it )?differently|taught me)", RegexOptions.IgnoreCase)]
    private static partial Regex ReflectionCue();

    [GeneratedRegex(@"\b(?:the outcome|as a result|resulting in|resulted in|we agreed|in the end|ultimately|end result|the result was|this led to|which led to|in the result|went (?:from|down|up) |(?:was|were) promoted)", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeCue();

    [GeneratedRegex(@"^(?:for example|for instance|case in point|at the time|back in|background\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SituationCue();

    // An action is told as "I did…" or "Then I did…" at the start, or as "…, so I did…" anywhere.
    // A plan told step by step ("Step 1 of my plan was…") is what was done, too.
    [GeneratedRegex(@"^(?:(?:so|then|and|first|next|finally|eventually|instead|later)\W+)?I\s+(?!was brought|was asked)\p{L}|^(?i:step\s+\d+\b|(?:the\s+)?first\s+step\b|my\s+plan\b)", RegexOptions.None)]
    private static partial Regex ActionOpening();

    [GeneratedRegex(@"(?:^|[,;]\s*|\s)so\s+I\s+\p{L}", RegexOptions.None)]
    private static partial Regex ActionSoI();
}
