using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// "## How to write these", "## 怎么写？", "## 面试时怎么说": a section of advice about writing or telling the answers, not an
/// interview question (it asks how, not about the person's past), so it stays out of the stories as tips do. ("你怎么说服…",
/// "how did you persuade…", is a question: 说服 and 说明 are other words.)
/// </summary>
internal static partial class AdviceHeading
{
    public static bool Is(string heading) => Pattern().IsMatch(PlainText.Of(heading));

    [GeneratedRegex(@"^\W*(?:how\s+to\s+(?:write|answer|tell|say|structure|present|use)\s+(?:it|them|these|this|each|your|my|the|a|an|stories|answers)\b|\p{IsCJKUnifiedIdeographs}{0,6}(?:怎么|如何|怎样)(?:写|说|答|回答|讲)(?![服明]))", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
