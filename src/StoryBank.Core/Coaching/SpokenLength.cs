using System.Text.RegularExpressions;

namespace StoryBank.Core.Coaching;

/// <summary>How long a story takes to tell: words over situation, role, action and outcome, at 150 words a minute.</summary>
public static partial class SpokenLength
{
    public const int WordsPerMinute = 150;
    public const int MinimumWords = 150;
    public const int MaximumWords = 450;

    public static int CountWords(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : Word().Count(text);

    public static int CountWords(string situation, string role, string action, string outcome) =>
        CountWords(situation) + CountWords(role) + CountWords(action) + CountWords(outcome);

    /// <summary>"1:20" for 200 words.</summary>
    public static string Describe(int words)
    {
        var seconds = (int)Math.Round(words * 60.0 / WordsPerMinute);
        return $"{seconds / 60}:{seconds % 60:00}";
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();
}
