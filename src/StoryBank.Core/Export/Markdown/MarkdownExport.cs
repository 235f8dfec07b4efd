using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export.Markdown;

/// <summary>
/// Writes stories as Markdown notes that read well and that <see cref="NotesParser"/> reads back to the same stories:
/// a <c>## Category</c> heading per group, a <c>### question / variant</c> heading per story (<c>### Story: title</c>
/// for a story without a question), then <c>**Title:**</c>, <c>**Situation:**</c> … <c>**Notes:**</c>, a
/// <c>**Metrics:**</c> list and a <c>**Follow-ups:**</c> list of <c>question → answer</c> items (or
/// <c>#### Follow-up: question</c> headings with the answer below, for answers a list item cannot hold).
/// </summary>
/// <remarks>
/// Where a story's own text would be misread (a line that looks like a label, a heading or a list item), the line
/// is written after its section's label again; a question that looks like a label gets a number the importer drops.
/// What the importer cannot read back at all (a story's second question, indentation outside code blocks, a story
/// without a category under a question that names one) is listed in the tests of this class.
/// </remarks>
public static class MarkdownExport
{
    private const string Arrow = " → ";

    private static readonly string[] UngroupedHeadings = ["Other stories", "More stories", "Stories"];

    /// <summary>The notes for these stories, in the given order; a group heading starts wherever the category changes.</summary>
    /// <param name="stories">Stories as <see cref="ExportService.LoadAsync"/> returns them, grouped by category.</param>
    /// <returns>Markdown with <c>\n</c> line endings, empty when there are no stories.</returns>
    /// <remarks>
    /// A group heading only counts as one when a heading follows it, so a story that cannot open with a heading (no
    /// question, and a title no heading can hold) moves behind the first story of its group that can.
    /// </remarks>
    public static string Write(IReadOnlyList<ExportStory> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var blocks = new List<string>();
        var start = 0;
        while (start < stories.Count)
        {
            var end = start;
            while (end + 1 < stories.Count && stories[end + 1].CategorySlug == stories[start].CategorySlug)
            {
                end++;
            }

            var group = stories.Skip(start).Take(end - start + 1).Select(s => (Story: s, Opening: Opening(s))).ToList();
            var leader = group.FindIndex(g => g.Opening.IsHeading);
            if (leader > 0)
            {
                group.Insert(0, group[leader]);
                group.RemoveAt(leader + 1);
            }

            blocks.Add("## " + GroupHeading(group[0].Story));
            for (var i = 0; i < group.Count; i++)
            {
                // With no story able to open the group, the first one is forced under a heading: better a title
                // changed than the whole group read as a question.
                var opening = i == 0 && leader < 0 ? ForcedHeading(group[i].Story) : group[i].Opening;
                WriteStory(blocks, group[i].Story, opening);
            }

            start = end + 1;
        }

        return blocks.Count == 0 ? "" : string.Join("\n\n", blocks) + "\n";
    }

    private static void WriteStory(List<string> blocks, ExportStory story, StoryOpening opening)
    {
        blocks.Add(opening.Text);
        var title = Clean(story.Title);
        if (!opening.HoldsTitle && title.Length > 0)
        {
            blocks.Add(LabelledText.Write("**Title:**", title, keepsBlocks: false));
        }

        foreach (var (section, text) in story.Sections.Texts())
        {
            if (Clean(text).Length > 0)
            {
                blocks.Add(LabelledText.Write($"**{section}:**", Clean(text), keepsBlocks: true));
            }
        }

        var metrics = story.Metrics.Select(Clean).Where(m => m.Length > 0).ToList();
        if (metrics.Count > 0)
        {
            blocks.Add("**Metrics:**");
            blocks.Add(string.Join("\n", metrics.Select(MetricItem)));
        }

        WriteFollowUps(blocks, story.FollowUps);
    }

    /// <summary>How the story opens: its question heading, a story heading holding its title, or a <c>**Q:**</c> line.</summary>
    private static StoryOpening Opening(ExportStory story)
    {
        var questions = story.Questions.Where(q => Clean(q.Text).Length > 0).ToList();
        if (questions.Count > 0)
        {
            // The importer knows one question per story: further ones become alternative phrasings, so no words are lost.
            var question = Clean(questions[0].Text);
            IReadOnlyList<string> variants = [.. questions[0].Variants.Select(Clean), .. questions.Skip(1).SelectMany(q => q.Variants.Prepend(q.Text).Select(Clean))];
            var text = string.Join(" / ", [question, .. variants]);
            if (ReadBack.IsQuestionHeading(text, question, variants))
            {
                return new StoryOpening("### " + text, IsHeading: true, HoldsTitle: false);
            }

            if (ReadBack.IsQuestionHeading("1. " + text, question, variants))
            {
                // "Impact", "Tips", "Story 2: …" would be read as a label, a section to skip or a story title; the
                // importer drops a leading number from a question.
                return new StoryOpening("### 1. " + text, IsHeading: true, HoldsTitle: false);
            }

            return ReadBack.IsQuestionLine(text, question, variants)
                ? new StoryOpening("**Q:** " + text, IsHeading: false, HoldsTitle: false)
                : new StoryOpening("### " + text, IsHeading: true, HoldsTitle: false);
        }

        // The heading holds the title's first line; a label line right under it continues the title.
        var title = Clean(story.Title);
        var firstLine = title.Split('\n')[0];
        if (firstLine.Length > 0 && ReadBack.IsStoryHeading("Story: " + firstLine, firstLine))
        {
            var rest = title[firstLine.Length..];
            var heading = "### Story: " + firstLine;
            return rest.Length == 0
                ? new StoryOpening(heading, IsHeading: true, HoldsTitle: true)
                : new StoryOpening($"{heading}{(rest.StartsWith("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n")}{LabelledText.Write("**Title:**", rest, keepsBlocks: false)}", IsHeading: true, HoldsTitle: true);
        }

        // An empty question label opens a story without a question; the title follows as a label.
        return new StoryOpening("**Q:**", IsHeading: false, HoldsTitle: false);
    }

    private static StoryOpening ForcedHeading(ExportStory story)
    {
        var opening = Opening(story);
        if (opening.IsHeading)
        {
            return opening;
        }

        if (opening.Text.StartsWith("**Q:** ", StringComparison.Ordinal))
        {
            return opening with { Text = "### " + opening.Text["**Q:** ".Length..], IsHeading = true };
        }

        var title = PlainText.Of(Clean(story.Title).Replace('\n', ' '));
        return new StoryOpening("### Story: " + (title.Length > 0 ? title : "Untitled"), IsHeading: true, HoldsTitle: true);
    }

    private static string MetricItem(string metric)
    {
        var lines = metric.Split('\n');
        var asItem = !ReadBack.OpensBlock(lines[0]) && !ReadBack.IsLabel(lines[0]) && lines.Skip(1).All(ReadBack.IsPlainText);
        if (!asItem && lines.Length == 1 && metric.IndexOfAny([',', ';']) < 0)
        {
            // The label takes the rest of the line as it stands; it splits at commas and semicolons, hence the check.
            return "- **Metrics:** " + metric;
        }

        return "- " + string.Join("\n  ", lines);
    }

    private static void WriteFollowUps(List<string> blocks, IReadOnlyList<FollowUp> followUps)
    {
        var items = followUps
            .Select(f => (Question: Clean(f.Question).Replace('\n', ' '), Answer: Clean(f.Answer)))
            .Where(f => f.Question.Length > 0)
            .ToList();
        if (items.Count == 0)
        {
            return;
        }

        var listItems = items.Select(f => ListItem(f.Question, f.Answer)).ToList();
        if (listItems.All(item => item.Exact))
        {
            blocks.Add("**Follow-ups:**");
            blocks.Add(string.Join("\n", listItems.Select(item => item.Text)));
            return;
        }

        // A label heading opens a follow-up whose answer is everything up to the next heading, as written: the form
        // for questions and answers a list item cannot hold. Once one follow-up needs it, all of the story's take it,
        // or a list item after it would be read as more of its answer.
        foreach (var (question, answer) in items)
        {
            blocks.Add("#### Follow-up: " + (QuestionText.Normalize(question) == question ? question : "1. " + question));
            if (answer.Length > 0)
            {
                blocks.Add(LabelledText.WriteAnswer(answer, inListItem: false).Text);
            }
        }
    }

    /// <summary><c>- question → answer</c>, the answer's further lines indented under it, and whether it reads back exactly.</summary>
    private static (string Text, bool Exact) ListItem(string question, string answer)
    {
        // The importer splits the item at the first arrow and reads an item that opens with a label as that label; it
        // unwraps emphasis from a question and then drops one leading number, so "**Result: x**" (no label: the bold
        // does not close after "Result:") gets a question that opens like a label or a block into an item, and
        // "**1. 2. Why?**" one that starts with a number or emphasis of its own.
        var item = new[] { question, $"**{question}**", $"**1. {question}**" }.FirstOrDefault(q =>
            QuestionText.Normalize(q) == question
            && !ReadBack.OpensBlock(q)
            && !ReadBack.IsLabel(answer.Length > 0 ? q + Arrow + answer.Split('\n')[0] : q));
        var fits = item is not null && !question.Contains(Arrow, StringComparison.Ordinal);
        item ??= question;
        if (answer.Length == 0)
        {
            return ("- " + item, fits);
        }

        var (text, exact) = LabelledText.WriteAnswer(answer, inListItem: true);
        return ("- " + item + Arrow + text, fits && exact);
    }

    private static string GroupHeading(ExportStory story)
    {
        if (story.CategorySlug is not { } slug)
        {
            return UngroupedHeadings.FirstOrDefault(h => ReadBack.IsGroupHeading(h, null)) ?? UngroupedHeadings[0];
        }

        // The importer knows categories by the taxonomy's names and slugs; a renamed one may still be found by its slug.
        string[] candidates = story.CategoryName is { } name ? [Clean(name), slug] : [slug];
        return candidates.FirstOrDefault(h => ReadBack.IsGroupHeading(h, slug)) ?? candidates[0];
    }

    /// <summary>Text as the importer will see it: one kind of line break, no white space around it.</summary>
    private static string Clean(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>The first lines of a story: heading or question line, and whether the title is in them.</summary>
    private sealed record StoryOpening(string Text, bool IsHeading, bool HoldsTitle);
}
