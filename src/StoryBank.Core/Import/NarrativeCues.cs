using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Splits unlabelled narrative into sentences and clauses and says which STAR section a piece's wording points to.
/// A piece without a cue returns null: it continues the section before it.
/// </summary>
internal static partial class NarrativeCues
{
    /// <summary>Cuts lines into sentences and clauses, never inside code spans, emphasis or links.</summary>
    public static List<NoteLine> Split(IEnumerable<NoteLine> lines, IReadOnlyList<(int Start, int End)> protectedRanges)
    {
        var units = new List<NoteLine>();
        foreach (var line in lines)
        {
            var start = 0;
            foreach (Match boundary in Boundary().Matches(line.Text))
            {
                var cut = boundary.Index + boundary.Length;
                if (cut <= start || cut >= line.Text.Length || IsProtected(line.Offset + boundary.Index, protectedRanges))
                {
                    continue;
                }

                AddUnit(units, line, start, cut);
                start = cut;
            }

            AddUnit(units, line, start, line.Text.Length);
        }

        return units;
    }

    /// <summary>The section a sentence's wording points to, or null when it has no cue.</summary>
    public static StorySection? Classify(string sentence)
    {
        var plain = QuestionText.Plain(sentence).TrimStart('-', '–', '—', ' ', '"', '“', '(');
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

        return ActionCue().IsMatch(plain) ? StorySection.Action : null;
    }

    private static void AddUnit(List<NoteLine> units, NoteLine line, int start, int end)
    {
        var text = line.Text[start..end];
        var trimmed = text.TrimStart();
        var offset = line.Offset + start + (text.Length - trimmed.Length);
        trimmed = trimmed.TrimEnd();
        if (trimmed.Length > 0)
        {
            units.Add(new NoteLine(line.Number, offset, trimmed));
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

    [GeneratedRegex(@"\b(?:my (?:job|role|task|responsibility|mandate|goal) (?:was|is)|I was (?:asked|tasked|hired|brought in|responsible|expected|supposed|given the job|put in charge)|I needed to|I had to|I was the (?:owner|lead)|it was my job)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleCue();

    [GeneratedRegex(@"\b(?:I learned|I learnt|I've learned|lessons? learned|the lesson|next time|in hindsight|looking back|in retrospect|if I did it again|I would (?:now |have )?do(?:ne)? (?:it )?differently|I'd do (?:it )?differently|taught me)", RegexOptions.IgnoreCase)]
    private static partial Regex ReflectionCue();

    [GeneratedRegex(@"\b(?:the outcome|as a result|resulting in|resulted in|we agreed|in the end|ultimately|end result|the result was|this led to|which led to|in the result)", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeCue();

    [GeneratedRegex(@"^(?:for example|for instance|case in point|at the time|back in|background\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SituationCue();

    [GeneratedRegex(@"^(?:(?:so|then|and|first|next|finally|eventually|instead|later)\W+)?I\s+(?!was brought|was asked)\p{L}|(?:^|[,;]\s*|\s)so\s+I\s+\p{L}", RegexOptions.None)]
    private static partial Regex ActionCue();
}
