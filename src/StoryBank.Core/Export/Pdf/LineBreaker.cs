using System.Globalization;
using System.Text;

namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// Wraps runs of mixed fonts into lines by measuring them: greedy, breaking at spaces, runs of spaces collapsed as on a
/// web page; a word wider than the line is split between characters. With a line limit, the last kept line ends in "…"
/// after its last whole word that fits.
/// </summary>
internal static class LineBreaker
{
    private const string Ellipsis = "…";

    public static List<TextLine> Wrap(IReadOnlyList<TextRun> runs, double width, int maxLines = int.MaxValue)
    {
        var printable = new List<TextRun>(runs.Count);
        foreach (var run in runs)
        {
            PrintableText.Append(run, printable);
        }

        var state = new WrapState(width, maxLines);
        foreach (var run in printable)
        {
            if (run.IsHardBreak)
            {
                state.FlushWord();
                state.EndLine();
                continue;
            }

            var text = run.Text;
            var start = 0;
            while (start < text.Length && !state.IsFull)
            {
                var space = text.IndexOf(' ', start);
                var end = space < 0 ? text.Length : space;
                if (end > start)
                {
                    state.AddFragment(text[start..end], run.Style);
                }

                if (space < 0)
                {
                    break;
                }

                state.AddSpace(run.Style);
                start = space + 1;
            }
        }

        state.FlushWord();
        state.EndLine();

        var lines = state.Lines;
        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            lines[^1] = WithEllipsis(lines[^1], width);
        }

        return [.. lines.Select(ToTextLine)];
    }

    private static double Measure(string text, TextStyle style) => CheatSheetFonts.Metrics(style.Face).Measure(text, style.Size);

    /// <summary>Drops whole words from the end until "…" fits; a line of one overlong word loses characters instead.</summary>
    private static List<Piece> WithEllipsis(List<Piece> line, double width)
    {
        var style = line.LastOrDefault(p => !p.IsSpace).Style;
        if (style.Face == FontFace.Mono)
        {
            style = style.With(FontFace.Regular);
        }

        var ellipsisWidth = Measure(Ellipsis, style);
        var kept = new List<Piece>(line);
        while (kept.Count > 0 && kept.Sum(p => p.Width) + ellipsisWidth > width)
        {
            // Remove the last word, fragment by fragment, then the space before it.
            while (kept.Count > 0 && !kept[^1].StartsWord)
            {
                kept.RemoveAt(kept.Count - 1);
            }

            if (kept.Count > 0)
            {
                kept.RemoveAt(kept.Count - 1);
            }

            while (kept.Count > 0 && kept[^1].IsSpace)
            {
                kept.RemoveAt(kept.Count - 1);
            }
        }

        if (kept.Count == 0)
        {
            kept = CutCharacters(line, width - ellipsisWidth);
        }

        if (kept.Count > 0)
        {
            // "word,…" and "end.…" read as a stutter; the ellipsis already says the text goes on.
            var last = kept[^1];
            var trimmed = last.Text.TrimEnd('.', ',', ';', ':', '-', '–', '—', '(');
            if (trimmed.Length > 0 && trimmed.Length < last.Text.Length)
            {
                kept[^1] = last with { Text = trimmed, Width = Measure(trimmed, last.Style) };
            }
        }

        kept.Add(new Piece(Ellipsis, style, ellipsisWidth, IsSpace: false, StartsWord: false));
        return kept;
    }

    private static List<Piece> CutCharacters(List<Piece> line, double width)
    {
        var kept = new List<Piece>();
        var used = 0.0;
        foreach (var piece in line.Where(p => !p.IsSpace))
        {
            var elements = StringInfo.GetTextElementEnumerator(piece.Text);
            var text = new StringBuilder();
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var elementWidth = Measure(element, piece.Style);
                if (used + elementWidth > width)
                {
                    if (text.Length > 0)
                    {
                        kept.Add(piece with { Text = text.ToString(), Width = Measure(text.ToString(), piece.Style) });
                    }

                    return kept;
                }

                text.Append(element);
                used += elementWidth;
            }

            kept.Add(piece);
        }

        return kept;
    }

    private static TextLine ToTextLine(List<Piece> pieces)
    {
        // Neighbouring pieces in one style become one run: fewer text operators, and PDF readers see whole words.
        var runs = new List<PlacedRun>();
        var x = 0.0;
        var size = 0.0;
        var text = new StringBuilder();
        var i = 0;
        while (i < pieces.Count)
        {
            var style = pieces[i].Style;
            var runWidth = 0.0;
            text.Clear();
            while (i < pieces.Count && pieces[i].Style == style)
            {
                text.Append(pieces[i].Text);
                runWidth += pieces[i].Width;
                i++;
            }

            runs.Add(new PlacedRun(x, new TextRun(text.ToString(), style), runWidth));
            x += runWidth;
            size = Math.Max(size, style.Size);
        }

        return new TextLine(runs, x, size);
    }

    /// <summary>A word fragment or a space; <c>StartsWord</c> marks a word's first fragment ("**35**%" has two).</summary>
    private readonly record struct Piece(string Text, TextStyle Style, double Width, bool IsSpace, bool StartsWord);

    private sealed class WrapState(double width, int maxLines)
    {
        private readonly List<Piece> _word = [];
        private List<Piece> _line = [];
        private double _lineWidth;
        private double _wordWidth;
        private Piece? _pendingSpace;

        public List<List<Piece>> Lines { get; } = [];

        /// <summary>One line past the limit is enough to know the text was cut.</summary>
        public bool IsFull => Lines.Count > maxLines;

        public void AddFragment(string text, TextStyle style)
        {
            var fragmentWidth = Measure(text, style);
            _word.Add(new Piece(text, style, fragmentWidth, IsSpace: false, StartsWord: _word.Count == 0));
            _wordWidth += fragmentWidth;
        }

        public void AddSpace(TextStyle style)
        {
            FlushWord();
            if (_line.Count > 0 && _pendingSpace is null)
            {
                _pendingSpace = new Piece(" ", style, Measure(" ", style), IsSpace: true, StartsWord: false);
            }
        }

        public void FlushWord()
        {
            if (_word.Count == 0)
            {
                return;
            }

            var space = _line.Count > 0 ? _pendingSpace : null;
            var spaceWidth = space?.Width ?? 0;
            if (_line.Count > 0 && _lineWidth + spaceWidth + _wordWidth > width)
            {
                EndLine();
                space = null;
                spaceWidth = 0;
            }

            if (_line.Count == 0 && _wordWidth > width)
            {
                SplitWord();
            }
            else
            {
                if (space is { } s)
                {
                    _line.Add(s);
                }

                _line.AddRange(_word);
                _lineWidth += spaceWidth + _wordWidth;
            }

            _pendingSpace = null;
            _word.Clear();
            _wordWidth = 0;
        }

        public void EndLine()
        {
            if (_line.Count > 0)
            {
                Lines.Add(_line);
            }

            _line = [];
            _lineWidth = 0;
            _pendingSpace = null;
        }

        private void SplitWord()
        {
            foreach (var fragment in _word)
            {
                var elements = StringInfo.GetTextElementEnumerator(fragment.Text);
                while (elements.MoveNext())
                {
                    var element = elements.GetTextElement();
                    var elementWidth = Measure(element, fragment.Style);
                    if (_line.Count > 0 && _lineWidth + elementWidth > width)
                    {
                        EndLine();
                    }

                    _line.Add(new Piece(element, fragment.Style, elementWidth, IsSpace: false, StartsWord: _line.Count == 0));
                    _lineWidth += elementWidth;
                }
            }
        }
    }
}
