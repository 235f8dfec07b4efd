using StoryBank.Core.Coaching;

namespace StoryBank.Core.Fill;

/// <summary>Which coaching checks the fill flow handles, how they group into kinds, and the coaching prompt for each.</summary>
public static class FillGaps
{
    private static readonly Dictionary<string, (FillKind Kind, FillTarget Target, string Prompt)> Checks = new()
    {
        [CoachingChecks.EmptySituation] = (FillKind.EmptySection, FillTarget.Situation, "Where were you, and what was at stake?"),
        [CoachingChecks.EmptyRole] = (FillKind.EmptySection, FillTarget.Role, "What was yours to do?"),
        [CoachingChecks.EmptyAction] = (FillKind.EmptySection, FillTarget.Action, "What did you do, step by step? Say “I”."),
        [CoachingChecks.EmptyOutcome] = (FillKind.EmptySection, FillTarget.Outcome, "What changed, in numbers?"),
        [CoachingChecks.OutcomeWithoutNumber] = (FillKind.NoMetric, FillTarget.Outcome, "What changed, in numbers? Time saved, %, users, money."),
        [CoachingChecks.UnansweredFollowUps] = (FillKind.NoFollowUps, FillTarget.FollowUpAnswer, "Your answer, in two or three sentences."),
        [CoachingChecks.FewFollowUps] = (FillKind.NoFollowUps, FillTarget.NewFollowUp, "What would an interviewer ask next? Write the question."),
        [CoachingChecks.TooShort] = (FillKind.TooShort, FillTarget.Action, "What did you do, in more detail? A full answer is 150–450 words."),
    };

    /// <summary>The fill gap for a finding, or null when one text box cannot fix it (a missing title, a category…).</summary>
    public static FillGap? For(Finding finding) =>
        finding.StoryId is not null && Checks.TryGetValue(finding.CheckId, out var check)
            ? new FillGap(finding, check.Kind, check.Target, check.Prompt)
            : null;

    /// <summary>True when the fill flow can take this check.</summary>
    public static bool Handles(string checkId) => Checks.ContainsKey(checkId);

    /// <summary>The kind's name in addresses: <c>empty-section</c>, <c>no-metric</c>, <c>no-follow-ups</c>, <c>too-short</c>.</summary>
    public static string Slug(FillKind kind) => kind switch
    {
        FillKind.EmptySection => "empty-section",
        FillKind.NoMetric => "no-metric",
        FillKind.NoFollowUps => "no-follow-ups",
        _ => "too-short",
    };

    /// <summary>The kind for a slug, or null for none or an unknown one (which shows every kind).</summary>
    public static FillKind? Parse(string? slug) =>
        Enum.GetValues<FillKind>().Select(k => (FillKind?)k).FirstOrDefault(k => Slug(k!.Value) == slug);

    public static string Describe(FillKind kind) => kind switch
    {
        FillKind.EmptySection => "Empty section",
        FillKind.NoMetric => "No metric",
        FillKind.NoFollowUps => "No follow-ups",
        _ => "Too short",
    };
}
