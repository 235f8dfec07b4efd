using System.Text.RegularExpressions;
using StoryBank.Core.Import;

namespace StoryBank.Core.Export.Markdown;

/// <summary>
/// How <see cref="NotesParser"/> will read what the Markdown export writes. The checks call the importer's own rules
/// (<see cref="StarLabels"/>, <see cref="QuestionText"/>, <see cref="CategoryClassifier"/>), so when those rules change,
/// what the export escapes changes with them instead of drifting apart.
/// </summary>
internal static partial class ReadBack
{
    /// <summary>
    /// At the start of a line, Markdown would read this as the start of a block (heading, list item, quote, code fence,
    /// HTML, table row, thematic break, setext underline, link definition, indented code), not as more paragraph text;
    /// leading white space counts too, because the importer trims it from paragraph lines.
    /// </summary>
    public static bool OpensBlock(string line) => line.Length > 0 && BlockStart().IsMatch(line);

    /// <summary>The importer would take the start of this line as a label: a STAR section, title, metrics, follow-ups, <c>Q:</c> or <c>A:</c>.</summary>
    public static bool IsLabel(string line) => StarLabels.Match(line) is not null;

    /// <summary>The importer would start a new question at this line when it opens a paragraph or a list item's paragraph.</summary>
    public static bool StartsQuestion(string line) =>
        StarLabels.Match(line) is { Kind: LabelKind.Question } || (IsBoldLine(line) && QuestionText.IsPrompt(line));

    /// <summary>A line the importer appends as it stands when it continues (or, after a blank line, opens) labelled text.</summary>
    public static bool IsPlainText(string line) => !OpensBlock(line) && !IsLabel(line) && !StartsQuestion(line);

    /// <summary>The text of a <c>###</c> heading that the importer reads as exactly this question with these variants.</summary>
    public static bool IsQuestionHeading(string text, string question, IReadOnlyList<string> variants) =>
        IsHeadingText(text)
        && !QuestionText.IsNonQuestionSection(text)
        && QuestionText.StoryHeadingTitle(text) is null
        && SplitsInto(text, question, variants);

    /// <summary>The text after <c>**Q:**</c> that the importer reads as exactly this question with these variants.</summary>
    public static bool IsQuestionLine(string text, string question, IReadOnlyList<string> variants) =>
        !text.Contains('\n', StringComparison.Ordinal) && SplitsInto(text, question, variants);

    /// <summary>The text of a <c>###</c> heading that the importer reads as a story without a question, with this title.</summary>
    public static bool IsStoryHeading(string text, string title) =>
        IsHeadingText(text) && !QuestionText.IsNonQuestionSection(text) && QuestionText.StoryHeadingTitle(text) == title;

    /// <summary>The text of a <c>##</c> heading, directly followed by a deeper one, that the importer reads as a group of this category (null: of none).</summary>
    public static bool IsGroupHeading(string text, string? categorySlug) =>
        IsHeadingText(text)
        && !QuestionText.IsQuestionLike(text)
        && !QuestionText.IsNonQuestionSection(text)
        && QuestionText.StoryHeadingTitle(text) is null
        && CategoryClassifier.FromGroupHeading(text).FirstOrDefault() == categorySlug;

    /// <summary>
    /// The importer reads a heading's text without its closing hashes and spaces; a heading that looks like a label
    /// ("### Impact") would fill that section of the story before it instead.
    /// </summary>
    private static bool IsHeadingText(string text) =>
        text.Length > 0
        && text == text.Trim()
        && !text.Contains('\n', StringComparison.Ordinal)
        && !text.EndsWith('#')
        && StarLabels.Match(text, bare: true) is null or { Kind: LabelKind.Question or LabelKind.Answer };

    private static bool SplitsInto(string text, string question, IReadOnlyList<string> variants)
    {
        var (readQuestion, readVariants) = QuestionText.SplitVariants(text);
        return readQuestion == question && readVariants.SequenceEqual(variants, StringComparer.Ordinal);
    }

    private static bool IsBoldLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 4 && ((trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal))
            || (trimmed.StartsWith("__", StringComparison.Ordinal) && trimmed.EndsWith("__", StringComparison.Ordinal)));
    }

    // Leading white space; ATX heading; quote; bullet; ordered item; fence; HTML; table row or delimiter row; setext
    // underline or thematic break; link reference definition.
    [GeneratedRegex(@"^(?:[ \t]|#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|```|~~~|<|\||[:\-=][|:\-= \t]*$|(?:[*_][ \t]*){3,}$|\[[^\]]*\]:)")]
    private static partial Regex BlockStart();
}
