using StoryBank.Core.Coaching;

namespace StoryBank.Core.Fill;

/// <summary>The live count under the fill box.</summary>
public static class FillText
{
    /// <summary>"42 words · about 0:17 spoken" at <see cref="SpokenLength.WordsPerMinute"/>.</summary>
    public static string Describe(string? text)
    {
        var words = SpokenLength.CountWords(text);
        return $"{words} {(words == 1 ? "word" : "words")} · about {SpokenLength.Describe(words)} spoken";
    }
}
