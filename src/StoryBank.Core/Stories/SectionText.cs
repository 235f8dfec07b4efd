namespace StoryBank.Core.Stories;

/// <summary>
/// What "this section is filled" means, once for the whole app: it holds a character that is not white space.
/// <see cref="IsFilled"/> and <see cref="CountFilled"/> run as C# and are mapped to SQL (<c>Data/SectionTextFunctions</c>),
/// so the coverage grid, the stories list, the coaching checks and the export all count the same sections.
/// </summary>
public static class SectionText
{
    /// <summary>Every character .NET calls white space, for SQLite's <c>trim(X, Y)</c>, which reads Y as UTF-8 characters.</summary>
    public static readonly string WhiteSpace = new(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>True when the text holds something other than white space. Usable inside EF Core queries.</summary>
    public static bool IsFilled(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>How many of the four STAR sections are filled (0–4): the story's readiness. Usable inside EF Core queries.</summary>
    public static int CountFilled(string? situation, string? role, string? action, string? outcome) =>
        (IsFilled(situation) ? 1 : 0) + (IsFilled(role) ? 1 : 0) + (IsFilled(action) ? 1 : 0) + (IsFilled(outcome) ? 1 : 0);

    /// <summary>True when some follow-up has an answer: writing that counts, even with every section still empty.</summary>
    public static bool HasWriting(IEnumerable<FollowUp> followUps) => followUps.Any(f => IsFilled(f.Answer));

    /// <summary>The text as stored: white space alone becomes "", anything else is kept exactly as written.</summary>
    public static string Normalize(string? text) => IsFilled(text) ? text! : "";
}
