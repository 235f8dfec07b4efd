using StoryBank.Core.Export;
using StoryBank.Core.Export.Markdown;

namespace StoryBank.Core.Tests.Export.Markdown;

public sealed class TargetSheetMarkdownTests
{
    [Fact]
    public async Task The_sheet_is_titled_by_the_target_with_the_interview_day_then_the_why_answers_then_the_competencies_in_order()
    {
        await using var db = await TestDatabase.CreateAsync();
        var sample = await TargetSheetSample.CreateAsync(db);
        var sheet = (await db.Get<ExportService>().LoadTargetSheetAsync(sample.TargetId))!;

        var markdown = TargetSheetMarkdown.Write(sheet);

        Assert.StartsWith("# Amazon — Engineer\n\nInterview: 14 December 2026\n\n## Why Amazon?\n\n", markdown, StringComparison.Ordinal);
        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
        Assert.Equal(["Why Amazon?", "Why this role?", .. sample.CompetencyOrder], headings);
        Assert.True(markdown.IndexOf(sample.WhyRole.Sections.Situation, StringComparison.Ordinal) < markdown.IndexOf("## " + sample.CompetencyOrder[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_under_two_competencies_is_written_once_and_named_under_the_second()
    {
        await using var db = await TestDatabase.CreateAsync();
        var sample = await TargetSheetSample.CreateAsync(db);
        var sheet = (await db.Get<ExportService>().LoadTargetSheetAsync(sample.TargetId))!;

        var markdown = TargetSheetMarkdown.Write(sheet);

        var situation = sample.Shared.Sections.Situation;
        Assert.Equal(markdown.IndexOf(situation, StringComparison.Ordinal), markdown.LastIndexOf(situation, StringComparison.Ordinal));
        var first = sample.CompetencyOrder.First(c => c is "Customer Obsession" or "Dive Deep");
        var second = sample.CompetencyOrder.Last(c => c is "Customer Obsession" or "Dive Deep");
        var reference = markdown.IndexOf($"- See *Checkout retry storm*, under {first}\n", StringComparison.Ordinal);
        Assert.True(reference > markdown.IndexOf("## " + second, StringComparison.Ordinal), markdown);
    }
}
