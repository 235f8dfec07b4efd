using Markdig.Syntax;

namespace StoryBank.Core.Import;

/// <summary>The notes' text with a table of line starts, to cut blocks into numbered lines.</summary>
internal sealed class SourceLines
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public SourceLines(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>1-based line number of an offset.</summary>
    public int LineNumberAt(int offset)
    {
        var index = _lineStarts.BinarySearch(Math.Clamp(offset, 0, Math.Max(0, _text.Length)));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public string Text(SourceSpan span) =>
        span.IsEmpty || span.Start >= _text.Length ? "" : _text[span.Start..Math.Min(span.End + 1, _text.Length)];

    /// <summary>The lines a span covers; the first starts where the span starts (after a list marker, say).</summary>
    public List<NoteLine> Slice(SourceSpan span, bool trimStart = true)
    {
        var result = new List<NoteLine>();
        if (span.IsEmpty || span.Start >= _text.Length)
        {
            return result;
        }

        var end = Math.Min(span.End + 1, _text.Length);
        var first = LineNumberAt(span.Start);
        var last = LineNumberAt(Math.Max(span.Start, end - 1));
        for (var number = first; number <= last; number++)
        {
            var lineStart = number == first ? span.Start : _lineStarts[number - 1];
            var lineEnd = number < _lineStarts.Count ? _lineStarts[number] - 1 : _text.Length;
            lineEnd = Math.Min(lineEnd, end);
            var raw = _text[lineStart..Math.Max(lineStart, lineEnd)];
            var content = trimStart ? raw.TrimStart() : raw;
            result.Add(new NoteLine(number, lineStart + (raw.Length - content.Length), content.TrimEnd()));
        }

        return result;
    }
}
