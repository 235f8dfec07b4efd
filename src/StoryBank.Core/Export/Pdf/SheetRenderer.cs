using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// Draws laid-out pages with PDFsharp: the header line (name, date), the lines, rules under category headings and
/// "n / N" at the foot. Pagination is finished before drawing starts, so the total page count is known.
/// </summary>
internal sealed class SheetRenderer
{
    private static readonly XSolidBrush TextBrush = new(XColor.FromArgb(0x1A, 0x1A, 0x1A));
    private static readonly XSolidBrush MutedBrush = new(XColor.FromArgb(0x5C, 0x5C, 0x5C));
    private static readonly XSolidBrush AccentBrush = new(XColor.FromArgb(0x1F, 0x4E, 0x79));
    private static readonly XColor RuleColor = XColor.FromArgb(0x9A, 0xA8, 0xB8);

    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private readonly PageGeometry _geometry;
    private readonly CheatSheetOptions _options;

    public SheetRenderer(PageGeometry geometry, CheatSheetOptions options)
    {
        _geometry = geometry;
        _options = options;
    }

    public void Render(IReadOnlyList<PageLayout> pages, PdfDocument document)
    {
        var headerSize = _options.Layout == ExportLayout.Compact ? 7.5 : 8.5;
        var header = HeaderLines(headerSize);
        for (var index = 0; index < pages.Count; index++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(_geometry.Width);
            page.Height = XUnit.FromPoint(_geometry.Height);
            using var graphics = XGraphics.FromPdfPage(page);

            DrawHeader(graphics, header, headerSize);
            foreach (var positioned in pages[index].Lines)
            {
                DrawLine(graphics, positioned.Line, positioned.Left, positioned.Top);
            }

            var number = LineBreaker.Wrap([new TextRun($"{index + 1} / {pages.Count}", new TextStyle(FontFace.Regular, headerSize, Ink.Muted))], _geometry.Width)[0];
            var numberBaseline = _geometry.Height - _geometry.Margin - (headerSize * CheatSheetFonts.Metrics(FontFace.Regular).Descent);
            DrawRuns(graphics, number.Runs, (_geometry.Width - number.Width) / 2, numberBaseline);
        }
    }

    private (TextLine Left, TextLine Right) HeaderLines(double size)
    {
        var runs = new List<TextRun>();
        if (!string.IsNullOrWhiteSpace(_options.PersonName))
        {
            runs.Add(new TextRun(_options.PersonName.Trim(), new TextStyle(FontFace.Bold, size)));
            runs.Add(new TextRun(" · ", new TextStyle(FontFace.Regular, size, Ink.Muted)));
        }

        runs.Add(string.IsNullOrWhiteSpace(_options.Heading)
            ? new TextRun("Interview cheat sheet", new TextStyle(FontFace.Regular, size, Ink.Muted))
            : new TextRun(_options.Heading.Trim(), new TextStyle(FontFace.Bold, size)));

        // Before a target's interview the day that matters is the interview's, not the day of printing.
        var date = _options.InterviewDate is { } interview
            ? "Interview " + interview.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : _options.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var right = LineBreaker.Wrap([new TextRun(date, new TextStyle(FontFace.Regular, size, Ink.Muted))], _geometry.Width)[0];

        // A very long name is cut with "…" rather than running into the date.
        var leftWidth = _geometry.Width - (2 * _geometry.Margin) - right.Width - 12;
        var left = LineBreaker.Wrap(runs, leftWidth, maxLines: 1)[0];
        return (left, right);
    }

    private void DrawHeader(XGraphics graphics, (TextLine Left, TextLine Right) header, double size)
    {
        var baseline = _geometry.Margin + (size * CheatSheetFonts.Metrics(FontFace.Regular).Ascent);
        DrawRuns(graphics, header.Left.Runs, _geometry.Margin, baseline);
        DrawRuns(graphics, header.Right.Runs, _geometry.Width - _geometry.Margin - header.Right.Width, baseline);
        var ruleY = baseline + (size * 0.6);
        graphics.DrawLine(new XPen(RuleColor, 0.5), _geometry.Margin, ruleY, _geometry.Width - _geometry.Margin, ruleY);
    }

    private void DrawLine(XGraphics graphics, FlowLine line, double left, double top)
    {
        DrawRuns(graphics, line.Runs, left, top + line.Baseline);
        if (line.RuleBelow)
        {
            var y = top + line.Height - 0.5;
            graphics.DrawLine(new XPen(AccentBrush.Color, 0.6), left, y, left + _geometry.ColumnWidth, y);
        }
    }

    private void DrawRuns(XGraphics graphics, IReadOnlyList<PlacedRun> runs, double left, double baseline)
    {
        foreach (var placed in runs)
        {
            var style = placed.Run.Style;
            var brush = style.Ink switch
            {
                Ink.Muted => MutedBrush,
                Ink.Accent => AccentBrush,
                _ => TextBrush,
            };
            graphics.DrawString(placed.Run.Text, Font(style), brush, left + placed.X, baseline, XStringFormats.BaseLineLeft);
        }
    }

    private XFont Font(TextStyle style)
    {
        var key = style with { Ink = Ink.Text };
        if (!_fonts.TryGetValue(key, out var font))
        {
            var (family, fontStyle) = style.Face switch
            {
                FontFace.Bold => (CheatSheetFonts.SansFamily, XFontStyleEx.Bold),
                FontFace.Italic => (CheatSheetFonts.SansFamily, XFontStyleEx.Italic),
                FontFace.BoldItalic => (CheatSheetFonts.SansFamily, XFontStyleEx.BoldItalic),
                FontFace.Mono => (CheatSheetFonts.MonoFamily, XFontStyleEx.Regular),
                _ => (CheatSheetFonts.SansFamily, XFontStyleEx.Regular),
            };

            // Unicode encoding: the text is written as glyph ids with a ToUnicode map, so every character the fonts
            // have prints and stays searchable and copyable.
            font = new XFont(family, style.Size, fontStyle, XPdfFontOptions.UnicodeDefault);
            _fonts[key] = font;
        }

        return font;
    }
}
