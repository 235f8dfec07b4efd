using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Reads STAR tables laid out other than one label per row with one answer beside it: labels as column headers
/// ("| S | T | A | R |" over one row per story), or labels down the first column with one column per story
/// ("| | Story 1: Schema ownership | Story 2: Release freeze |"). Each gives the stories it holds, in column or row order.
/// </summary>
internal static class StarTable
{
    /// <summary>A table's cell as a label; in a STAR table "A" is Action.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <param name="whole">
    /// Whether a lone letter ("S") counts, as in a cell of a label set read whole: a header row of labels, or a first
    /// column of several labels. A single "A" beside a number is a name, not Action.
    /// </param>
    public static LabelMatch? Label(string cell, bool whole = false) => (whole ? StarLabels.MatchWhole(cell) : StarLabels.Match(cell, bare: true)) switch
    {
        { Kind: LabelKind.Section or LabelKind.Title or LabelKind.Metrics } label => label,
        { Kind: LabelKind.Answer } answer => answer with { Kind = LabelKind.Section, Section = StorySection.Action },
        _ => null,
    };

    /// <summary>The line of a row: the header is the table's first line, data rows come after the delimiter row.</summary>
    public static int RowLine(NoteBlock table, int row) => table.Lines[Math.Min(row == 0 ? 0 : row + 1, table.Lines.Length - 1)].Number;

    /// <summary>
    /// A table whose header row is a label set ("| Situation | Task | Action | Result |"): one story per data row, each
    /// cell under its column's label. Null when the header holds fewer than two labels or any other word, or when the
    /// first column holds labels (then the rows are labelled).
    /// </summary>
    public static List<TableStory>? ByColumns(NoteBlock table)
    {
        if (table.Rows.Count < 2)
        {
            return null;
        }

        var header = table.Rows[0];
        var labels = header.Select(cell => Label(cell, whole: true)).ToList();
        if (labels.Count(l => l is not null) < 2 || header.Where((cell, i) => labels[i] is null && cell.Length > 0).Any()
            || table.Rows.Skip(1).Any(row => row.Count > 0 && Label(row[0], whole: true) is not null))
        {
            return null;
        }

        var stories = new List<TableStory>();
        for (var r = 1; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var story = new TableStory("", RowLine(table, r));
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c].Length == 0)
                {
                    continue;
                }

                if (c < labels.Count && labels[c] is { } label)
                {
                    story.Parts.Add((label, row[c], story.Line));
                }
                else
                {
                    story.Unlabelled.Add((row[c], story.Line));
                }
            }

            stories.Add(story);
        }

        return stories;
    }

    /// <summary>
    /// A table whose first column holds the labels and whose other columns are each a story; the header cell over a
    /// column is that story's title ("Story 1: Schema ownership" → "Schema ownership"). Null unless at least two columns
    /// hold labelled text, each in at least half the labelled rows, or when the header row is itself a labelled row (the
    /// two-column reading).
    /// </summary>
    public static List<TableStory>? StoryColumns(NoteBlock table)
    {
        if (table.Rows.Count < 3 || table.Rows[0].Count < 3 || Label(table.Rows[0][0], whole: true) is not null)
        {
            return null;
        }

        var labelledRows = Enumerable.Range(1, table.Rows.Count - 1).Where(r => table.Rows[r].Count > 0 && Label(table.Rows[r][0], whole: true) is not null).ToList();
        if (labelledRows.Count < 2 || labelledRows.Count * 2 <= table.Rows.Count - 1)
        {
            return null;
        }

        var header = table.Rows[0];
        var stories = new List<TableStory>();
        for (var c = 1; c < header.Count; c++)
        {
            // A story tells most of its sections; a column with a word here and there is a side column (notes), which
            // makes the table no table of stories.
            var filled = labelledRows.Count(r => c < table.Rows[r].Count && table.Rows[r][c].Length > 0);
            if (filled == 0)
            {
                continue;
            }

            if (filled * 2 < labelledRows.Count)
            {
                return null;
            }

            var title = header[c].Length == 0 ? "" : QuestionText.StoryHeadingTitle(header[c]) ?? header[c];
            var story = new TableStory(title, RowLine(table, 0));
            for (var r = 1; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (c >= row.Count || row[c].Length == 0)
                {
                    continue;
                }

                if (Label(row[0], whole: true) is { } label)
                {
                    story.Parts.Add((label, row[c], RowLine(table, r)));
                }
                else
                {
                    story.Unlabelled.Add((row[0].Length == 0 ? row[c] : row[0] + " " + row[c], RowLine(table, r)));
                }
            }

            stories.Add(story);
        }

        return stories.Count >= 2 ? stories : null;
    }

    /// <summary>One story of a table: its title (or ""), its labelled cells and the cells no label names.</summary>
    internal sealed class TableStory(string title, int line)
    {
        public string Title { get; } = title;

        /// <summary>The line the title is on (a story-column's header), or the story's row.</summary>
        public int Line { get; } = line;

        public List<(LabelMatch Label, string Text, int Line)> Parts { get; } = [];

        public List<(string Text, int Line)> Unlabelled { get; } = [];
    }
}
