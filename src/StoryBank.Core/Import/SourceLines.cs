using Markdig.Syntax;

namespace StoryBank.Core.Import;

/// <summary>The notes' text with a table of line starts, to cut blocks into numbered lines.</summary>
internal sealed class SourceLines
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    public SourceLines(string text)
    {
        _text = text;

        // Sized by a count first: a 5 MB file (the import limit) has over a hundred thousand lines, and a growing list
        // copies them all again.
        _lineStarts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            _lineStarts[line++] = i + 1;
        }
    }

    /// <summary>1-based line number of an offset.</summary>
    public int LineNumberAt(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Math.Max(0, _text.Length)));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public string Text(SourceSpan span) =>
        span.IsEmpty || span.Start >= _text.Length ? "" : _text[span.Start..Math.Min(span.End + 1, _text.Length)];

    /// <summary>The lines a span covers; the first starts where the span starts (after a list marker, say).</summary>
    public NoteLine[] Slice(SourceSpan span, bool trimStart = true)
    {
        if (span.IsEmpty || span.Start >= _text.Length)
        {
            return [];
        }

        var end = Math.Min(span.End + 1, _text.Length);
        var first = LineNumberAt(span.Start);
        var last = LineNumberAt(Math.Max(span.Start, end - 1));
        var result = new NoteLine[last - first + 1];
        for (var number = first; number <= last; number++)
        {
            var lineStart = number == first ? span.Start : _lineStarts[number - 1];
            var lineEnd = number < _lineStarts.Length ? _lineStarts[number] - 1 : _text.Length;
            lineEnd = Math.Min(lineEnd, end);

            // Trimmed as a span so each line costs one string, not one per trim.
            var raw = _text.AsSpan(lineStart, Math.Max(0, lineEnd - lineStart));
            var content = trimStart ? raw.TrimStart() : raw;
            var start = lineStart + (raw.Length - content.Length);
            result[number - first] = new NoteLine(number, start, _text.Substring(start, content.TrimEnd().Length));
        }

        return result;
    }
}
