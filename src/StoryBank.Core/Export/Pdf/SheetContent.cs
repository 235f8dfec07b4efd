namespace StoryBank.Core.Export.Pdf;

/// <summary>What both layouts print the same way: category groups, the question, other phrasings, the hook, metrics.</summary>
internal static class SheetContent
{
    public const string NoCategory = "Other stories";

    /// <summary>Consecutive stories of one category; the export already sorts them in taxonomy order.</summary>
    public static IEnumerable<(string Name, List<ExportStory> Stories)> ByCategory(IReadOnlyList<ExportStory> stories)
    {
        List<ExportStory>? group = null;
        string? slug = null;
        string name = "";
        foreach (var story in stories)
        {
            if (group is null || story.CategorySlug != slug)
            {
                if (group is not null)
                {
                    yield return (name, group);
                }

                group = [];
                slug = story.CategorySlug;
                name = string.IsNullOrWhiteSpace(story.CategoryName) ? NoCategory : story.CategoryName;
            }

            group.Add(story);
        }

        if (group is not null)
        {
            yield return (name, group);
        }
    }

    /// <summary>The main question; a story without one is headed by its title.</summary>
    public static List<TextRun> Question(ExportStory story, TextStyle style)
    {
        var text = story.Questions.Select(q => q.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
            ?? (string.IsNullOrWhiteSpace(story.Title) ? "Untitled story" : story.Title);
        return MarkdownRunReader.Inline(text, style);
    }

    /// <summary>The other questions the story answers and every alternative phrasing, on one line after a prefix.</summary>
    public static List<TextRun>? OtherQuestions(ExportStory story, TextStyle style, string prefix)
    {
        var main = story.Questions.FirstOrDefault(q => !string.IsNullOrWhiteSpace(q.Text));
        var others = story.Questions
            .SelectMany(q => ReferenceEquals(q, main) ? q.Variants : [q.Text, .. q.Variants])
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .ToList();
        if (others.Count == 0)
        {
            return null;
        }

        var runs = new List<TextRun> { new(prefix, style with { Face = FontFace.Regular }) };
        for (var i = 0; i < others.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(new TextRun(" · ", style with { Face = FontFace.Regular }));
            }

            runs.AddRange(MarkdownRunReader.Inline(others[i], style));
        }

        return runs;
    }

    /// <summary>The title, unless it only repeats the heading.</summary>
    public static List<TextRun>? Hook(ExportStory story, TextStyle style)
    {
        var hasQuestion = story.Questions.Any(q => !string.IsNullOrWhiteSpace(q.Text));
        return hasQuestion && !string.IsNullOrWhiteSpace(story.Title) ? MarkdownRunReader.Inline(story.Title, style) : null;
    }

    /// <summary>All metrics on one line, in the given (bold) style.</summary>
    public static List<TextRun> Metrics(ExportStory story, TextStyle style, string separator)
    {
        var runs = new List<TextRun>();
        foreach (var metric in story.Metrics.Where(m => !string.IsNullOrWhiteSpace(m)))
        {
            if (runs.Count > 0)
            {
                runs.Add(new TextRun(separator, style with { Face = FontFace.Regular, Ink = Ink.Muted }));
            }

            runs.AddRange(MarkdownRunReader.Inline(metric, style));
        }

        return runs;
    }

    /// <summary>
    /// For a story already printed under an earlier heading of a target's sheet: one line naming it and that heading,
    /// or null for a story printed here in full.
    /// </summary>
    public static List<TextRun>? Reference(ExportStory story, TextStyle style)
    {
        if (story.PrintedUnder is not { } heading)
        {
            return null;
        }

        var title = string.IsNullOrWhiteSpace(story.Title)
            ? story.Questions.Select(q => q.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "Untitled story"
            : story.Title;
        return [new TextRun("See ", style with { Face = FontFace.Italic, Ink = Ink.Muted }), .. MarkdownRunReader.Inline(title, style), new TextRun($", under {heading}", style with { Face = FontFace.Italic, Ink = Ink.Muted })];
    }
}
