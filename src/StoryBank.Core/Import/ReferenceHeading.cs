using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// "## Additional Reference: https://…", "### Sources": a heading that points to where the questions or answers came
/// from. It asks nothing, so under a story it is that story's notes, not a question of its own.
/// </summary>
internal static partial class ReferenceHeading
{
    public static bool Is(string heading) => Pattern().IsMatch(PlainText.Of(heading));

    [GeneratedRegex(@"^\W*(?:(?:additional|further|useful|more)\s+)?(?:references?|sources?|resources?|reading|links?)\s*(?:[:：]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
