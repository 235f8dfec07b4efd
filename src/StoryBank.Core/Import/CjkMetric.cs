namespace StoryBank.Core.Import;

/// <summary>
/// Metrics in Chinese and Japanese text, which writes no spaces between words: the counted thing is the measure word and
/// noun right after the number ("12 个缺陷", "5 倍流量"), up to a character that starts the next part of the sentence
/// (按 "by", 下 "under", 降 "fell"…); a change is one metric from 从 "from" to the second amount ("从 1.2 秒降到 200
/// 毫秒"), with the rate before it ("每周宕机从 4 次降到 0 次", 每 "every").
/// </summary>
internal static class CjkMetric
{
    /// <summary>Characters that end the counted thing: prepositions, verbs of change, time and place words.</summary>
    private const string Ends = "按下降升到至在从和把被给对让就后前时里增减缩提";

    /// <summary>What joins the two amounts of a change ("降到" fell to, "到" to, "至" to).</summary>
    private static readonly HashSet<string> ChangeJoins = ["到", "至", "降到", "降至", "升到", "升至", "减到", "减少到", "增加到", "增长到", "提升到", "提高到", "缩短到"];

    /// <summary>The metric whose number is token <paramref name="i"/> as character positions, with the next token to read, or null.</summary>
    public static (int Start, int End, int Next)? At(List<MetricToken> tokens, int i)
    {
        if (tokens[i].Kind != MetricTokenKind.Number || Counted(tokens, i + 1) is not { } first)
        {
            return null;
        }

        var (start, end, next) = (tokens[i].Start, tokens[i + 1].Start + first, i + 2);
        var rest = tokens[i + 1].Text[first..];
        if (ChangeJoins.Contains(rest) && i + 2 < tokens.Count && tokens[i + 2].Kind == MetricTokenKind.Number && Counted(tokens, i + 3) is { } second)
        {
            (end, next) = (tokens[i + 3].Start + second, i + 4);
            var before = i > 0 ? tokens[i - 1] : default;
            if (before.Kind == MetricTokenKind.Word && before.Text.EndsWith('从'))
            {
                var every = before.Text.LastIndexOf('每');
                start = before.Start + (every >= 0 ? every : before.Text.Length - 1);
            }
        }

        return (start, end, next);
    }

    /// <summary>How many characters of token <paramref name="at"/> are the counted thing, or null when it is no CJK word.</summary>
    private static int? Counted(List<MetricToken> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Kind != MetricTokenKind.Word || !IsCjk(tokens[at].Text[0]))
        {
            return null;
        }

        var text = tokens[at].Text;
        var length = 0;
        while (length < text.Length && IsCjk(text[length]) && !Ends.Contains(text[length], StringComparison.Ordinal))
        {
            length++;
        }

        return length > 0 ? length : null;
    }

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
