using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Where an unlabelled list item with no cue words goes in an answer written as a list. Under a question that asks for a
/// story ("Tell me about a time…") the items tell it in order: the first is the situation, unless it is an action told
/// without its "I" ("spent a weekend reproducing…"); one after the person's actions that is not told in the first person
/// is what came of them ("He shipped the offline sync feature…"); any other continues the section before it. Under a
/// question about the person ("Why Shopify?", "What's your greatest strength?"; <see cref="QuestionText.IsAboutThePersonInAList"/>)
/// the items are notes, not a story.
/// </summary>
internal static partial class BulletArc
{
    public static StorySection Next(string question, StorySection? previous, string item)
    {
        var plainQuestion = PlainText.Of(question);
        if (QuestionText.IsAboutThePersonInAList(question))
        {
            return StorySection.Notes;
        }

        var plainItem = PlainText.Of(item);
        return previous switch
        {
            null when !QuestionText.IsPrompt(plainQuestion) => StorySection.Notes,
            null => ActionWithoutSubject().IsMatch(plainItem) ? StorySection.Action : StorySection.Situation,
            StorySection.Action when !FirstPerson().IsMatch(plainItem) && !ActionWithoutSubject().IsMatch(plainItem) => StorySection.Outcome,
            { } section => section,
        };
    }

    [GeneratedRegex(@"^\W*(?:(?:then|and|also|so|later|finally|next)\W+)?(?:I|we)(?:'\w+)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    /// <summary>Notes drop the "I": "spent a weekend…", "migrated billing…" (a past-tense verb opening the item).</summary>
    [GeneratedRegex(@"^(?!(?:need|feed|seed|speed|proceed|succeed|exceed|indeed|red|bed|shed|wed)\b)(?:[a-z]{2,}ed|ran|spent|wrote|built|led|took|made|set up|got|gave|drove|found|brought|began|kept|sent|told|held|met|put|cut|chose|rewrote|did|went|paired)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ActionWithoutSubject();
}
