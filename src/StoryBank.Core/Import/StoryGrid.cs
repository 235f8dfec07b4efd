using System.Text.RegularExpressions;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// A question × story grid: one row per question, one column per story, a mark where the story answers the question
/// ("✓", "x", "main", "backup"). The column headers name the stories as their headings do elsewhere in the notes
/// ("Billing migration" over "## Billing migration", "A" over "### A — Payments outage"). A story takes the questions
/// it is marked for, main marks before backup ones, each in row order.
/// </summary>
internal sealed partial class StoryGrid
{
    /// <summary>Marks that say "answers this question, as a second choice"; every other mark is a first choice.</summary>
    private static readonly HashSet<string> BackupMarks = new(StringComparer.OrdinalIgnoreCase)
    {
        "backup", "back-up", "secondary", "alt", "alternative", "maybe", "(✓)", "~",
    };

    private static readonly HashSet<string> MainMarks = new(StringComparer.OrdinalIgnoreCase)
    {
        "✓", "✔", "✔️", "✅", "x", "yes", "y", "main", "primary", "best", "•", "●", "★", "⭐", "+", "*",
    };

    private StoryGrid(NoteBlock table, IReadOnlyList<string> keys, IReadOnlyList<GridRow> rows)
    {
        Table = table;
        Keys = keys;
        Rows = rows;
    }

    public NoteBlock Table { get; }

    /// <summary>The column headers that name the stories, in column order.</summary>
    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<GridRow> Rows { get; }

    /// <summary>
    /// The table as a grid: at least two story columns with distinct headers, a question in the first cell of each
    /// row, and nothing but marks or blanks in the other cells, with at least one mark. Null for any other table.
    /// </summary>
    public static StoryGrid? Read(NoteBlock table)
    {
        if (table.Kind != NoteBlockKind.Table || table.Rows.Count < 2 || table.Rows[0].Count < 3)
        {
            return null;
        }

        var keys = table.Rows[0].Skip(1).Select(Plain).ToList();
        if (keys.Any(k => k.Length == 0) || keys.Distinct(StringComparer.OrdinalIgnoreCase).Count() != keys.Count)
        {
            return null;
        }

        var rows = new List<GridRow>();
        var marked = false;
        for (var r = 1; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r];
            if (cells.Count == 0 || Plain(cells[0]).Length == 0)
            {
                return null;
            }

            var ranks = new int?[keys.Count];
            for (var c = 1; c < cells.Count && c <= keys.Count; c++)
            {
                var cell = Plain(cells[c]);
                if (cell.Length == 0)
                {
                    continue;
                }

                if (BackupMarks.Contains(cell))
                {
                    ranks[c - 1] = 1;
                }
                else if (MainMarks.Contains(cell))
                {
                    ranks[c - 1] = 0;
                }
                else
                {
                    return null;
                }

                marked = true;
            }

            rows.Add(new GridRow(QuestionText.Normalize(cells[0]), StarTable.RowLine(table, r), ranks));
        }

        return marked ? new StoryGrid(table, keys, rows) : null;
    }

    /// <summary>The story columns some heading of the notes names (<see cref="Names"/>).</summary>
    public HashSet<int> NamedColumns { get; } = [];

    /// <summary>Every grid in the notes, each with the columns the notes' headings name.</summary>
    public static List<StoryGrid> All(NoteOutline outline)
    {
        var grids = new List<StoryGrid>();
        foreach (var node in outline.Nodes)
        {
            if (node.Kind == NoteBlockKind.Table && Read(node.Block!) is { } grid)
            {
                grids.Add(grid);
            }
        }

        if (grids.Count > 0)
        {
            foreach (var node in outline.Nodes.Where(n => n.Kind == NoteBlockKind.Heading))
            {
                var text = RoleInference.HeadingText(node);
                foreach (var grid in grids)
                {
                    if (grid.Names(text) is { } named)
                    {
                        grid.NamedColumns.Add(named.Column);
                    }
                }
            }
        }

        return grids;
    }

    /// <summary>Whether a row's question is linked to a story some heading names.</summary>
    public bool Linked(GridRow row) => NamedColumns.Any(c => row.Ranks[c] is not null);

    /// <summary>
    /// The column a heading names: its whole text is the column's header, or it starts with the header and a dash, colon
    /// or stop ("A — Payments outage"); then the rest of the heading is the story's title.
    /// </summary>
    public (int Column, string Title)? Names(string heading)
    {
        var plain = Plain(heading);
        for (var c = 0; c < Keys.Count; c++)
        {
            if (string.Equals(plain, Keys[c], StringComparison.OrdinalIgnoreCase))
            {
                return (c, QuestionText.Normalize(heading));
            }

            if (plain.StartsWith(Keys[c], StringComparison.OrdinalIgnoreCase) && KeySeparator().Match(plain, Keys[c].Length) is { Success: true } separator)
            {
                return (c, plain[(Keys[c].Length + separator.Length)..].Trim());
            }
        }

        return null;
    }

    /// <summary>The questions a column is marked for: main marks first, then backup ones, each in row order.</summary>
    public List<string> QuestionsFor(int column) =>
        Rows.Where(r => r.Ranks[column] is not null).OrderBy(r => r.Ranks[column]).Select(r => r.Question).ToList();

    private static string Plain(string cell) => PlainText.Of(cell).Trim();

    [GeneratedRegex(@"\G\s*[—–\-:.)]\s+")]
    private static partial Regex KeySeparator();

    /// <summary>One question of the grid: its text, its line, and per story column its mark's rank (0 main, 1 backup) or null.</summary>
    internal sealed record GridRow(string Question, int Line, int?[] Ranks);
}
