namespace StoryBank.Core.Coaching;

/// <summary>The coaching checks: stable ids, in the order "what to fill next" ranks them.</summary>
public static class CoachingChecks
{
    public const string CategoryWithoutStories = "category-without-stories";
    public const string EmptyOutcome = "empty-outcome";
    public const string EmptyAction = "empty-action";
    public const string EmptySituation = "empty-situation";
    public const string EmptyRole = "empty-role";
    public const string OutcomeWithoutNumber = "outcome-without-number";
    public const string UnansweredFollowUps = "unanswered-follow-ups";
    public const string CategoryWithOneStory = "category-with-one-story";
    public const string ActionMostlyWe = "action-mostly-we";
    public const string TooShort = "too-short";
    public const string TooLong = "too-long";
    public const string FewFollowUps = "few-follow-ups";
    public const string NoTitle = "no-title";
    public const string NoCategory = "no-category";

    /// <summary>Every check in rank order: a category with nothing to say comes first, a missing title last.</summary>
    public static readonly IReadOnlyList<string> InRankOrder =
    [
        CategoryWithoutStories, EmptyOutcome, EmptyAction, EmptySituation, EmptyRole, NoCategory, OutcomeWithoutNumber,
        UnansweredFollowUps, CategoryWithOneStory, ActionMostlyWe, TooShort, TooLong, FewFollowUps, NoTitle,
    ];

    /// <summary>Human names for the filter on the Gaps page.</summary>
    public static string Describe(string checkId) => checkId switch
    {
        CategoryWithoutStories => "Category with no story",
        EmptyOutcome => "Empty outcome",
        EmptyAction => "Empty action",
        EmptySituation => "Empty situation",
        EmptyRole => "Empty role",
        OutcomeWithoutNumber => "Outcome without a number",
        UnansweredFollowUps => "Unanswered follow-ups",
        CategoryWithOneStory => "Category with one story",
        ActionMostlyWe => "Action told as \"we\"",
        TooShort => "Too short to tell",
        TooLong => "Too long to tell",
        FewFollowUps => "Fewer than 2 follow-ups",
        NoTitle => "No title",
        NoCategory => "No category",
        _ => checkId,
    };
}
