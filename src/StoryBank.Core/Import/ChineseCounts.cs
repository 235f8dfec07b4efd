using System.Buffers;
using System.Text.RegularExpressions;

namespace StoryBank.Core.Import;

/// <summary>
/// Chinese amounts written in numerals rather than digits: a numeral from two up, its measure word and the counted noun
/// ("两个月", "三个小组", "每周两次"). A time unit after 个 ends the amount ("两个月内" is "两个月"); otherwise the counted
/// noun is one word of up to two characters. "一" counts nothing, as "one" does not, and a numeral without a measure word
/// is a name or a date ("双十一").
/// </summary>
internal static partial class ChineseCounts
{
    private static readonly SearchValues<char> Numerals = SearchValues.Create("两二三四五六七八九十半");

    /// <summary>Whether the line has a Chinese numeral at all: most lines are skipped here.</summary>
    public static bool MayHold(string line) => line.AsSpan().IndexOfAny(Numerals) >= 0;

    /// <summary>Adds each amount with where it starts in the line.</summary>
    public static void Find(string line, List<(int Start, string Text)> found)
    {
        foreach (var match in Amount().EnumerateMatches(line))
        {
            found.Add((match.Index, line.Substring(match.Index, match.Length)));
        }
    }

    [GeneratedRegex(@"(?:每(?:周|天|日|月|年|季度?))?(?<!第)[两二三四五六七八九十半][十百千万]?(?:个(?:月|小时|星期|季度|礼拜|\p{IsCJKUnifiedIdeographs}{1,2})|次|天|周|年|倍|人|名|位|条|项|台|家|小时|分钟|秒)")]
    private static partial Regex Amount();
}
