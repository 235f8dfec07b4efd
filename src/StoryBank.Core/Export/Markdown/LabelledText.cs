using System.Text;

namespace StoryBank.Core.Export.Markdown;

/// <summary>
/// Writes one field's text (Markdown, possibly several paragraphs) so that the importer files every line back into
/// that field with the same line breaks. Lines the importer would misread are escaped in one of two ways:
/// <list type="bullet">
/// <item>after a label, by writing the label again: the importer takes the rest of a labelled line as it stands, so
/// <c>**Action:** Result: shipped</c> continues the action instead of opening the outcome;</item>
/// <item>in a follow-up's answer, where the importer reads no labels, by indenting the line four more spaces:
/// Markdown keeps it as paragraph text (or, opening a paragraph, as a one-line code block, which the importer keeps
/// verbatim) and the importer trims the spaces again.</item>
/// </list>
/// </summary>
internal static class LabelledText
{
    private const string Indent = "    ";

    /// <summary>The field's text after its label.</summary>
    /// <param name="label">The label, such as <c>**Situation:**</c>.</param>
    /// <param name="text">The field's text.</param>
    /// <param name="keepsBlocks">
    /// Whether the importer files a code block, quote, HTML block or table under this label as it stands: true for the
    /// STAR sections and notes, false for the title (it would send them to notes).
    /// </param>
    public static string Write(string label, string text, bool keepsBlocks) => new Writer(text, label, keepsBlocks, inListItem: false).Write().Text;

    /// <summary>A follow-up's answer, and whether the importer will read it back exactly.</summary>
    /// <param name="text">The answer.</param>
    /// <param name="inListItem">
    /// True for the answer after <c>- question → </c>: its first line stands after the arrow and the others are indented
    /// under the item. False for the answer below a <c>#### Follow-up:</c> heading.
    /// </param>
    public static (string Text, bool Exact) WriteAnswer(string text, bool inListItem) =>
        // Inside a list item a code block's further lines would keep the item's indentation, so there every line is text.
        new Writer(text, null, keepsBlocks: !inListItem, inListItem).Write();

    /// <summary>One pass over one field's lines.</summary>
    private sealed class Writer(string text, string? label, bool keepsBlocks, bool inListItem)
    {
        private readonly StringBuilder _output = new();
        private Previous _previous = Previous.Nothing;
        private bool _exact = true;

        /// <summary>A one-line code block was written and no text since: an indented code block runs on across blank lines.</summary>
        private bool _codeOpen;

        public (string Text, bool Exact) Write()
        {
            var lines = text.Trim().Split('\n');
            var kinds = TextBlocks.Classify(string.Join('\n', lines));
            var asWritten = keepsBlocks ? VerbatimBlocks(lines, kinds) : [];
            for (var i = 0; i < lines.Length; i++)
            {
                var (kind, block) = kinds[i];
                if (kind == LineKind.Verbatim && asWritten.Contains(block))
                {
                    Verbatim(lines[i].TrimEnd());
                    continue;
                }

                var line = lines[i].Trim();
                if (line.Length == 0)
                {
                    // The importer reads any gap as one blank line.
                    _exact &= _previous != Previous.Blank;
                    _previous = _previous == Previous.Nothing ? _previous : Previous.Blank;
                    continue;
                }

                // The importer trims paragraph lines: indentation outside code blocks does not come back.
                _exact &= line == lines[i].TrimEnd();
                Separate();
                if (label is not null)
                {
                    var plain = kind == LineKind.Paragraph && ReadBack.IsPlainText(line);
                    _output.Append(_previous == Previous.Nothing || !plain ? $"{label} {line}" : line);
                    _previous = Previous.Text;
                }
                else
                {
                    Answer(line);
                }
            }

            return (_output.ToString(), _exact);
        }

        private void Verbatim(string line)
        {
            if (_previous == Previous.Nothing && label is not null)
            {
                // An empty label adds nothing to the field, so the block after it starts the text.
                _output.Append(label).Append("\n\n");
            }
            else
            {
                Separate();
            }

            _output.Append(line);
            (_previous, _codeOpen) = (Previous.Verbatim, false);
        }

        /// <summary>A line of an answer, indented where the importer would otherwise misread it (it reads no labels there).</summary>
        private void Answer(string line)
        {
            var margin = inListItem && _previous != Previous.Nothing ? "  " : "";
            var opensParagraph = _previous is not Previous.Text;
            var misread = ReadBack.OpensBlock(line) || (opensParagraph && ReadBack.StartsQuestion(line));
            if (!misread || (inListItem && _previous == Previous.Nothing))
            {
                // In a list item the answer's first line follows "question → " on the item's own line, where anything goes.
                _output.Append(margin).Append(line);
                (_previous, _codeOpen) = (Previous.Text, false);
                return;
            }

            switch (_previous)
            {
                case Previous.Text:
                    // More text of the same paragraph: four spaces cannot open a block there.
                    _output.Append(margin).Append(Indent).Append(line);
                    break;
                case Previous.Nothing or Previous.Blank when !_codeOpen:
                    // Opening a paragraph: a one-line code block, never read as a question.
                    _output.Append(margin).Append(Indent).Append(line);
                    (_previous, _codeOpen) = (Previous.Code, true);
                    return;
                default:
                    // After such a code block (even past a blank line) only a line that opens nothing can follow
                    // without joining it: this one cannot be kept exactly.
                    _output.Append(margin).Append(line);
                    _exact = false;
                    break;
            }

            (_previous, _codeOpen) = (Previous.Text, false);
        }

        private void Separate()
        {
            if (_previous == Previous.Blank)
            {
                _output.Append("\n\n");
            }
            else if (_previous != Previous.Nothing)
            {
                _output.Append('\n');
            }
        }
    }

    /// <summary>
    /// The verbatim blocks that can be written as they stand: those with a blank line (or the start or end of the
    /// text) on both sides, so they neither run into the line before nor take in the line after.
    /// </summary>
    private static HashSet<int> VerbatimBlocks(string[] lines, (LineKind Kind, int Block)[] kinds)
    {
        var result = new HashSet<int>();
        var i = 0;
        while (i < lines.Length)
        {
            var (kind, block) = kinds[i];
            var last = i;
            while (last + 1 < lines.Length && kinds[last + 1].Block == block && block >= 0)
            {
                last++;
            }

            var blankBefore = i == 0 || kinds[i - 1].Kind == LineKind.Blank;
            var blankAfter = last == lines.Length - 1 || kinds[last + 1].Kind == LineKind.Blank;
            if (kind == LineKind.Verbatim && blankBefore && blankAfter)
            {
                result.Add(block);
            }

            i = last + 1;
        }

        return result;
    }

    /// <summary>What was written last, which decides how the next line can be written.</summary>
    private enum Previous
    {
        Nothing,
        Blank,
        Text,
        Code,
        Verbatim,
    }
}
