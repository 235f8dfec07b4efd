using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// The text of a line naming what a story answers ("Questions: conflict, failure", "Use for: ownership, \"tell me
/// about…\"", "LPs: Ownership, Bias for Action"): quoted items and items that read as questions are questions, the
/// rest name categories.
/// </summary>
internal static partial class AnswersLine
{
    /// <param name="text">The line after its label.</param>
    /// <returns>The questions in the order written, and the categories the other items name (the first is the likeliest).</returns>
    public static (List<string> Questions, List<string> Categories) Read(string text)
    {
        var questions = new List<string>();
        var categories = new List<string>();
        foreach (Match item in Item().Matches(text))
        {
            var quoted = item.Groups["quoted"].Success;
            var value = (quoted ? item.Groups["quoted"].Value : item.Groups["plain"].Value).Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (quoted || QuestionText.IsQuestionLike(value))
            {
                questions.Add(QuestionText.Normalize(value));
            }
            else
            {
                categories.AddRange(CategoryClassifier.FromGroupHeading(value).Where(c => !categories.Contains(c)));
            }
        }

        return (questions, categories);
    }

    /// <summary>An item: a quoted phrase (its commas are its own) or the text up to the next comma or semicolon.</summary>
    [GeneratedRegex("[\"“](?<quoted>[^\"”]*)[\"”]|(?<plain>[^,;\"“]+)")]
    private static partial Regex Item();
}
