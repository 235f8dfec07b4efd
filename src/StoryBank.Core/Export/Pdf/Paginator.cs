namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// Fills columns and pages with flow lines, top to bottom, whole lines only. A story that does not fit in what is left of
/// a column starts the next one, unless it is taller than a whole column; a line that must stay with the next one moves
/// with its chain, so a heading never ends a column. A column that starts inside a story begins with "Question (cont.)",
/// and a page that starts inside a category with "Category (continued)".
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
            if (y > 0 && (line.StartsStory || line.IsCategoryHeading)
                && BlockHeight(lines, i) is var block && y + block > geometry.ColumnHeight && block - line.SpaceBefore <= geometry.ColumnHeight)
            {
                NextColumn();
            }

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

            if (y == 0)
            {
                IEnumerable<FlowLine> continued = [];
                if (column == 0 && page.Lines.Count == 0 && !line.IsCategoryHeading && line.Category is { } category)
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

    /// <summary>
    /// Height of the story that starts at the line, to the next story or category; a category heading counts with its
    /// first story, as they are printed together.
    /// </summary>
    private static double BlockHeight(IReadOnlyList<FlowLine> lines, int start)
    {
        var height = lines[start].SpaceBefore + lines[start].Height;
        var storyStarted = lines[start].StartsStory;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsCategoryHeading || (line.StartsStory && storyStarted))
            {
                break;
            }

            storyStarted |= line.StartsStory;
            height += line.SpaceBefore + line.Height;
        }

        return height;
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
