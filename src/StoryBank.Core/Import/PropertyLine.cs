using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// Metadata lines that Notion and Obsidian write: property lines ("Status: In progress", "Category: Impact") and tag
/// lines ("#conflict #learning"). They describe a page or a story; they are never a sentence of it.
/// </summary>
internal static partial class PropertyLine
{
    /// <summary>
    /// The categories a line under a question names when it is a tag line or a category property ("Category: Impact",
    /// "Tags: conflict", "#ambiguity #learning"), the first the likeliest; null when the line is neither.
    /// </summary>
    public static List<string>? Categories(string line)
    {
        if (TagLine().IsMatch(line))
        {
            var categories = new List<string>();
            foreach (Match tag in Tag().Matches(line))
            {
                var name = tag.Groups["name"].Value.Replace('-', ' ').Replace('_', ' ');
                categories.AddRange(CategoryClassifier.FromGroupHeading(name).Where(c => !categories.Contains(c)));
            }

            return categories;
        }

        return CategoryProperty().Match(line) is { Success: true } property ? AnswersLine.Read(property.Groups["value"].Value).Categories : null;
    }

    /// <summary>Whether the line is a property line or a tag line: page metadata, one fact per line.</summary>
    public static bool IsMetadata(string line) => TagLine().IsMatch(line) || Property().IsMatch(line);

    [GeneratedRegex(@"^\s*#[\p{L}\p{N}_/-]+(?:\s+#[\p{L}\p{N}_/-]+)*\s*$")]
    private static partial Regex TagLine();

    [GeneratedRegex(@"#(?<name>[\p{L}\p{N}_/-]+)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*(?:categor(?:y|ies)|tags?|competenc(?:y|ies))\s*::?\s+(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CategoryProperty();

    // A key of one to three words, a colon, a value: "Last edited: March 3, 2024 4:12 PM", "Links:: [[Job search]]".
    [GeneratedRegex(@"^\s*\p{L}[\p{L}\p{N}]*(?: [\p{L}\p{N}]+){0,2}\s*::?\s+\S")]
    private static partial Regex Property();
}
