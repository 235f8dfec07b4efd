namespace StoryBank.Core.Import;

/// <summary>
/// "##tell me about…": a heading typed without the space CommonMark needs, so Markdig reads a paragraph. The person
/// meant a heading; a question written this way starts a story as a heading would.
/// </summary>
internal static class UnspacedHeading
{
    /// <summary>The length of the <c>#</c> run that opens <paramref name="line"/> right before a letter, or 0.</summary>
    public static int MarkerLength(string line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < line.Length && char.IsLetter(line[hashes]) ? hashes : 0;
    }

    public static bool Is(string line) => MarkerLength(line) > 0;

    /// <summary>The line without its <c>#</c> run.</summary>
    public static string Strip(string line) => line[MarkerLength(line)..];
}
