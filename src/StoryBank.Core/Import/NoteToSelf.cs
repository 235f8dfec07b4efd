using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// A line the person wrote to themselves about the notes rather than about what happened ("TODO …", "didnt write this
/// one yet", "TBD"): it belongs in the story's notes, never in a STAR section.
/// </summary>
internal static partial class NoteToSelf
{
    public static bool Is(string sentence) =>
        sentence.StartsWith("TODO", StringComparison.Ordinal) || (sentence.Length < 80 && Reminder().IsMatch(sentence));

    [GeneratedRegex(@"^\W*(?:tbd\b|didn'?t write\b|did not write\b|haven'?t written\b|have not written\b|(?:still )?(?:need|have) to write (?:this|it)\b|write (?:this|it) up\b|fill (?:this|it) in\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Reminder();
}
