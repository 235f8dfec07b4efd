using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// A list item under a story that is a prompt for the same answer, as retro-style notes write them: "What went well",
/// "What I would change", "what went well? marketing didn't have to move". A prompt that names a section labels it
/// ("What I would change" → reflection, "What did you do?" → action); any other prompt is a follow-up of the story, with
/// the text after its "?" or under it as its answer.
/// </summary>
internal static partial class BulletPrompt
{
    /// <summary>The prompt, its answer on the same line and the section it names; null when the item is not a prompt.</summary>
    public static (string Prompt, string Answer, StorySection? Section)? Read(string text)
    {
        var trimmed = text.Trim();
        // The question-word test first: most items open with none, and then the prompt test (a longer regex on a cleaned
        // copy of the text) need not run.
        if (!Opener().IsMatch(trimmed) || QuestionText.IsTaskItem(trimmed) || QuestionText.IsPrompt(trimmed))
        {
            return null;
        }

        string prompt, answer;
        // "how did you resolve it? who else did you involve?": every question before the answer is the prompt.
        var mark = trimmed.AsSpan().LastIndexOfAny('?', '？');
        if (mark >= 0)
        {
            prompt = trimmed[..(mark + 1)];
            answer = trimmed[(mark + 1)..].Trim();

            // "Why Redis? -> latency": the arrow form is read where follow-ups with arrows are.
            if (answer.StartsWith("->", StringComparison.Ordinal) || answer.StartsWith('→'))
            {
                return null;
            }
        }
        else if (ShortPrompt().IsMatch(trimmed))
        {
            (prompt, answer) = (trimmed, "");
        }
        else
        {
            return null;
        }

        return (prompt, answer, QuestionText.SingleSectionProbe(prompt) ?? Section(PlainText.Of(prompt)));
    }

    private static StorySection? Section(string plain) =>
        ReflectionPrompt().IsMatch(plain) ? StorySection.Reflection
        : ActionPrompt().IsMatch(plain) ? StorySection.Action
        : null;

    [GeneratedRegex(@"^\W*(?:what|how|who|whom|why|which|where|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    /// <summary>"What went well": a few words opening with a question word, no sentence punctuation.</summary>
    [GeneratedRegex(@"^\W*(?:what|how|who|why)\b[^.,;:!]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortPrompt();

    [GeneratedRegex(@"^\W*what\s+(?:would\s+(?:I|you)\s+(?:do\s+differently|change)|(?:I|you)\s+would\s+(?:do\s+differently|change)|(?:I'd|you'd)\s+(?:do\s+differently|change)|(?:I|you)\s+learn(?:ed|t))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReflectionPrompt();

    [GeneratedRegex(@"^\W*what\s+(?:I|you)\s+did\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActionPrompt();
}
