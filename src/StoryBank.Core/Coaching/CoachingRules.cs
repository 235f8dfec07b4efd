using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Coaching;

/// <summary>The coaching checks themselves: pure functions from a story (or a category's count) to findings.</summary>
public static partial class CoachingRules
{
    public const int MinimumFollowUps = 2;
    public const int MinimumStoriesPerCategory = 2;

    /// <summary>Every finding for one story, in rank order.</summary>
    public static IEnumerable<Finding> ForStory(StoryFacts story)
    {
        var findings = new List<Finding>();
        void Add(string check, FindingSeverity severity, string field, string title, string explanation) =>
            findings.Add(new Finding
            {
                CheckId = check,
                Severity = severity,
                Field = field,
                Title = title,
                Explanation = explanation,
                StoryId = story.Id,
                StoryLabel = story.Label,
                CategorySlug = story.CategorySlug,
                CategoryName = story.CategoryName,
            });

        if (IsEmpty(story.Sections.Outcome))
        {
            Add(CoachingChecks.EmptyOutcome, FindingSeverity.High, "Outcome", "Outcome is empty", "Interviewers judge a story by its result; without one it sounds unfinished.");
        }
        else if (!HasNumber(story.Sections.Outcome))
        {
            Add(CoachingChecks.OutcomeWithoutNumber, FindingSeverity.Medium, "Outcome", "Outcome has no number", "A number (time saved, %, users, money) makes the result concrete and memorable.");
        }

        if (IsEmpty(story.Sections.Action))
        {
            Add(CoachingChecks.EmptyAction, FindingSeverity.High, "Action", "Action is empty", "The action is what you did; it is the part interviewers score most.");
        }
        else if (IsMostlyWe(story.Sections.Action))
        {
            Add(CoachingChecks.ActionMostlyWe, FindingSeverity.Medium, "Action", "Action is told as \"we\"", "Interviewers assess you, not the team: say what you did with \"I\".");
        }

        if (IsEmpty(story.Sections.Situation))
        {
            Add(CoachingChecks.EmptySituation, FindingSeverity.High, "Situation", "Situation is empty", "Without the context the listener cannot tell why the story matters.");
        }

        if (IsEmpty(story.Sections.Role))
        {
            Add(CoachingChecks.EmptyRole, FindingSeverity.Medium, "Role", "Role is empty", "Saying what was yours to do shows ownership and sets up the action.");
        }

        if (story.CategorySlug is null)
        {
            Add(CoachingChecks.NoCategory, FindingSeverity.Medium, "Category", "No category", "Filed under a question category, the story shows on the grid and comes up when you practise those questions.");
        }

        var unanswered = story.FollowUps.Count(f => !IsEmpty(f.Question) && IsEmpty(f.Answer));
        if (unanswered > 0)
        {
            Add(CoachingChecks.UnansweredFollowUps, FindingSeverity.Medium, "FollowUps",
                unanswered == 1 ? "1 follow-up has no answer" : $"{unanswered} follow-ups have no answer",
                "You expect to be asked these; an answer prepared now avoids a blank in the room.");
        }

        var words = SpokenLength.CountWords(story.Sections.Situation, story.Sections.Role, story.Sections.Action, story.Sections.Outcome);
        if (words < SpokenLength.MinimumWords)
        {
            Add(CoachingChecks.TooShort, FindingSeverity.Low, "Action", $"Too short: {words} words ({SpokenLength.Describe(words)})",
                $"A full answer takes 1–3 minutes ({SpokenLength.MinimumWords}–{SpokenLength.MaximumWords} words); shorter ones leave out detail interviewers probe for.");
        }
        else if (words > SpokenLength.MaximumWords)
        {
            Add(CoachingChecks.TooLong, FindingSeverity.Low, "Action", $"Too long: {words} words ({SpokenLength.Describe(words)})",
                $"Past 3 minutes ({SpokenLength.MaximumWords} words) listeners drift; keep the detail for follow-ups.");
        }

        var followUps = story.FollowUps.Count(f => !IsEmpty(f.Question));
        if (followUps < MinimumFollowUps)
        {
            Add(CoachingChecks.FewFollowUps, FindingSeverity.Low, "FollowUps", $"{followUps} of {MinimumFollowUps} follow-ups prepared",
                "Interviewers dig deeper; preparing two likely follow-ups keeps you from improvising.");
        }

        if (IsEmpty(story.Title))
        {
            Add(CoachingChecks.NoTitle, FindingSeverity.Low, "Title", "No title", "A 3–8 word hook lets you recall the story at a glance on your cheat sheet.");
        }

        return findings;
    }

    /// <summary>A finding when a category has fewer than two stories, else none.</summary>
    public static Finding? ForCategory(string slug, string name, int storyCount) => storyCount switch
    {
        0 => new Finding
        {
            CheckId = CoachingChecks.CategoryWithoutStories,
            Severity = FindingSeverity.High,
            Title = $"No story for {name}",
            Explanation = "Questions of this kind are common; without a story you will have to improvise one.",
            CategorySlug = slug,
            CategoryName = name,
        },
        < MinimumStoriesPerCategory => new Finding
        {
            CheckId = CoachingChecks.CategoryWithOneStory,
            Severity = FindingSeverity.Medium,
            Title = $"Only one story for {name}",
            Explanation = "Interviewers often ask two questions of the same kind; a second story avoids repeating yourself.",
            CategorySlug = slug,
            CategoryName = name,
        },
        _ => null,
    };

    /// <summary>True when "we/our/us" outnumber "I/my/me" (and occur at least twice): the action hides the person.</summary>
    public static bool IsMostlyWe(string text)
    {
        var we = WeWords().Count(text);
        var i = IWords().Count(text);
        return we >= 2 && we > i;
    }

    public static bool HasNumber(string text) => Number().IsMatch(text);

    private static bool IsEmpty(string? text) => !SectionText.IsFilled(text);

    [GeneratedRegex(@"\b(?:we|our|us|ours|we're|we've|we'd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeWords();

    [GeneratedRegex(@"\b(?:I|my|me|mine|I'm|I've|I'd|myself)\b")]
    private static partial Regex IWords();

    // Digits, or the number words people use for results ("doubled", "half", "ten").
    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|billion|half|halved|double|doubled|triple|tripled|quadrupled|tenfold|twice|dozen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
