using System.Globalization;

namespace StoryBank.Core.Export.Markdown;

/// <summary>
/// A target's sheet as Markdown: a <c># Company — Role</c> title with the interview day, then a <c>## heading</c> per
/// "Why" question and competency, its stories written as <see cref="MarkdownExport"/> writes them, and a story
/// already written under an earlier heading named in one line.
/// </summary>
public static class TargetSheetMarkdown
{
    /// <returns>Markdown with <c>\n</c> line endings.</returns>
    public static string Write(TargetSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var blocks = new List<string> { "# " + sheet.Target.Title };
        if (sheet.Target.InterviewDate is { } date)
        {
            blocks.Add("Interview: " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        var start = 0;
        while (start < sheet.Stories.Count)
        {
            var slug = sheet.Stories[start].CategorySlug;
            var group = sheet.Stories.Skip(start).TakeWhile(s => s.CategorySlug == slug).ToList();
            start += group.Count;
            blocks.Add("## " + group[0].CategoryName);
            var full = group.Where(s => s.PrintedUnder is null).ToList();
            if (full.Count > 0)
            {
                // MarkdownExport writes its own group heading first; the sheet's heading stands instead.
                var written = MarkdownExport.Write(full);
                blocks.Add(written[(written.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].TrimEnd('\n'));
            }

            var references = group.Where(s => s.PrintedUnder is not null).Select(s => $"- See *{Label(s)}*, under {s.PrintedUnder}").ToList();
            if (references.Count > 0)
            {
                blocks.Add(string.Join("\n", references));
            }
        }

        return string.Join("\n\n", blocks) + "\n";
    }

    private static string Label(ExportStory story) =>
        !string.IsNullOrWhiteSpace(story.Title) ? story.Title.Trim()
        : story.Questions.Select(q => q.Text.Trim()).FirstOrDefault(t => t.Length > 0) ?? "Untitled story";
}
