using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace StoryBank.TestSupport;

/// <summary>Reads a rendered PDF back with PdfPig, as lines of text in drawing order.</summary>
public sealed partial class PdfReadBack : IDisposable
{
    private readonly PdfDocument _document;

    public PdfReadBack(byte[] pdf)
    {
        _document = PdfDocument.Open(pdf);
        Pages = [.. _document.GetPages()];
        Lines = [.. Pages.Select(ReadLines)];
        Text = Collapse(string.Join(" ", Lines.SelectMany(l => l)));
    }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Each page's lines: letters on one baseline, a space wherever the drawing leaves a gap.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Lines { get; }

    /// <summary>The whole document's text, whitespace collapsed.</summary>
    public string Text { get; }

    public DocumentInformation Information => _document.Information;

    public IEnumerable<Letter> Letters => Pages.SelectMany(p => p.Letters);

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    public void Dispose() => _document.Dispose();

    private static List<string> ReadLines(Page page)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null)
            {
                var newLine = Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.5;
                if (newLine)
                {
                    lines.Add(Collapse(line.ToString()));
                    line.Clear();
                }
                else if (Math.Abs(letter.StartBaseLine.X - previous.EndBaseLine.X) > 0.25 * letter.PointSize)
                {
                    line.Append(' ');
                }
            }

            line.Append(letter.Value);
            previous = letter;
        }

        if (line.Length > 0)
        {
            lines.Add(Collapse(line.ToString()));
        }

        return lines;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
