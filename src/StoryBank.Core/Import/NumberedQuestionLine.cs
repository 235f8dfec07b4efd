using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// "Q2. Unforeseen obstacle" as a plain line of its own: the person numbers their questions, so the line names the next
/// question even when its words ask nothing ("Q3. Persuasion"); the items or text below it are its answer.
/// </summary>
internal static partial class NumberedQuestionLine
{
    /// <summary>Whether <paramref name="block"/> is a one-line top-level paragraph that opens with a question number.</summary>
    public static bool Is(NoteBlock block) =>
        block.Kind == NoteBlockKind.Paragraph && block.Depth == 0 && block.Lines.Length == 1 && Pattern().IsMatch(PlainText.Of(block.Lines[0].Text));

    // "Q2.", "Q2:", "Q 2)", "Question 3 -" and then words; "Q2" alone is a placeholder, read elsewhere.
    [GeneratedRegex(@"^\s*Q(?:uestion)?\s*\d{1,3}\s*[.:)：\-–]\s*\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
