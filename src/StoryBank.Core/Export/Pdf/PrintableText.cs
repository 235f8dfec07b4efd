using System.Globalization;
using System.Text;

namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// Makes text printable with the bundled fonts: a character the run's face lacks is taken from DejaVu Sans when that
/// has it, and anything neither has (emoji, CJK…) becomes <see cref="Placeholder"/> — one per user-perceived character —
/// so nothing is dropped silently and the PDF never shows an invisible .notdef glyph.
/// </summary>
internal static class PrintableText
{
    /// <summary>"□", the usual sign of a character a font cannot show; every bundled face has it.</summary>
    public const string Placeholder = "\u25A1";

    /// <summary>Splits a run where faces change; a hard break passes through.</summary>
    public static void Append(TextRun run, List<TextRun> output)
    {
        if (run.IsHardBreak)
        {
            output.Add(run);
            return;
        }

        var text = run.Text;
        if (IsPrintableAsIs(text, run.Style.Face))
        {
            output.Add(run);
            return;
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            // Composed letters ("é" rather than "e" + U+0301) are what the fonts cover best.
            text = text.Normalize(NormalizationForm.FormC);
        }

        var pending = new StringBuilder();
        var pendingFace = run.Style.Face;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = Visible(elements.GetTextElement());
            if (element.Length == 0)
            {
                continue;
            }

            FontFace face;
            if (Covers(run.Style.Face, element))
            {
                face = run.Style.Face;
            }
            else if (Covers(FontFace.Regular, element))
            {
                face = FontFace.Regular;
            }
            else
            {
                face = FontFace.Regular;
                element = Placeholder;
            }

            if (face != pendingFace && pending.Length > 0)
            {
                output.Add(new TextRun(pending.ToString(), run.Style.With(pendingFace)));
                pending.Clear();
            }

            pendingFace = face;
            pending.Append(element);
        }

        if (pending.Length > 0)
        {
            output.Add(new TextRun(pending.ToString(), run.Style.With(pendingFace)));
        }
    }

    /// <summary>The fast path: plain text the face covers, nothing to normalize, join or replace.</summary>
    private static bool IsPrintableAsIs(string text, FontFace face)
    {
        var metrics = CheatSheetFonts.Metrics(face);
        foreach (var c in text)
        {
            if (c < ' ' || char.IsSurrogate(c) || IsInvisibleFormat(c) || !metrics.HasGlyph(c) || (c >= '\u0300' && c <= '\u036F'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Drops joiners, variation selectors and other invisible format characters (they steer emoji and shaping, which
    /// a PDF without shaping cannot use) and turns control characters such as tabs into spaces.
    /// </summary>
    private static string Visible(string element)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < element.Length; i++)
        {
            var c = element[i];
            var replacement = c < ' ' || c == '\u007F' ? " " : IsInvisibleFormat(c) ? "" : null;
            if (replacement is null && char.IsHighSurrogate(c) && i + 1 < element.Length && IsInvisibleSupplementary(char.ConvertToUtf32(c, element[i + 1])))
            {
                kept ??= new StringBuilder(element, 0, i, element.Length);
                i++;
                continue;
            }

            if (replacement is not null)
            {
                kept ??= new StringBuilder(element, 0, i, element.Length);
                kept.Append(replacement);
            }
            else
            {
                kept?.Append(c);
            }
        }

        return kept?.ToString() ?? element;
    }

    private static bool Covers(FontFace face, string element)
    {
        var metrics = CheatSheetFonts.Metrics(face);
        foreach (var rune in element.EnumerateRunes())
        {
            // A lone surrogate enumerates as U+FFFD, which the fonts have: it prints as "�", still visible.
            if (!metrics.HasGlyph(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInvisibleFormat(char c) =>
        c is '\u00AD' or '\u034F' or '\u061C' or '\u180E' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\uFEFF'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u206F')
        || (c >= '\uFE00' && c <= '\uFE0F');

    /// <summary>Variation selectors 17–256 and emoji tag characters.</summary>
    private static bool IsInvisibleSupplementary(int codePoint) =>
        codePoint is (>= 0xE0000 and <= 0xE007F) or (>= 0xE0100 and <= 0xE01EF);
}
