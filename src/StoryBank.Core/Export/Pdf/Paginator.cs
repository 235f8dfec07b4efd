namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// Fills columns and pages with flow lines, top to bottom, whole lines only. A line that must stay with the next one
/// moves to the next column together with its chain when the chain does not fit, so a heading never ends a column; a
/// page that starts inside a category or a story begins with "Category (continued)" and "Question (continued)".
/// </summary>
internal static class Paginator
{
    public static List<PageLayout> Paginate(IReadOnlyList<FlowLine> lines, PageGeometry geometry)
    {
        var pages = new List<PageLayout>();
        var page = new PageLayout();
        pages.Add(page);
        var column = 0;
        var y = 0.0;

        void Place(FlowLine line)
        {
            var space = y == 0 ? 0 : line.SpaceBefore;
            page.Lines.Add(new PositionedLine(line, geometry.ColumnLeft(column), geometry.ContentTop + y + space));
            y += space + line.Height;
        }

        void NextColumn()
        {
            y = 0;
            if (++column < geometry.Columns)
            {
                return;
            }

            column = 0;
            page = new PageLayout();
            pages.Add(page);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (y > 0)
            {
                var chain = ChainHeight(lines, i, geometry.ColumnHeight);
                var lineFits = y + line.SpaceBefore + line.Height <= geometry.ColumnHeight;

                // A chain taller than a whole column cannot be kept together anywhere: then only the line itself must fit.
                if (y + chain > geometry.ColumnHeight && (chain <= geometry.ColumnHeight || !lineFits))
                {
                    NextColumn();
                }
            }

            if (y == 0 && column == 0 && page.Lines.Count == 0)
            {
                IEnumerable<FlowLine> continued = [];
                if (!line.IsCategoryHeading && line.Category is { } category)
                {
                    continued = category.Continued;
                }

                if (!line.StartsStory && line.Story is { } story)
                {
                    continued = continued.Concat(story.Continued);
                }

                foreach (var heading in continued)
                {
                    Place(heading);
                }
            }

            Place(line);
        }

        return pages;
    }

    /// <summary>Height of the line and the lines it must keep with, stopping once it passes a column's height.</summary>
    private static double ChainHeight(IReadOnlyList<FlowLine> lines, int start, double limit)
    {
        var height = 0.0;
        for (var i = start; i < lines.Count && height <= limit; i++)
        {
            height += lines[i].SpaceBefore + lines[i].Height;
            if (!lines[i].KeepWithNext)
            {
                break;
            }
        }

        return height;
    }
}
