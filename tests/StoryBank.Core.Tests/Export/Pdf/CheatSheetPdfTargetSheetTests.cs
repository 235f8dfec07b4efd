using StoryBank.Core.Export;
using StoryBank.Core.Export.Pdf;

namespace StoryBank.Core.Tests.Export.Pdf;

public sealed class CheatSheetPdfTargetSheetTests
{
    private static readonly TimeProvider Clock = TestClock.At(new DateTimeOffset(2026, 11, 1, 9, 30, 15, TimeSpan.Zero));

    [Theory]
    [InlineData(ExportLayout.Compact)]
    [InlineData(ExportLayout.Full)]
    public async Task The_why_answers_come_first_then_the_competencies_in_order_with_the_interview_day_in_the_header(ExportLayout layout)
    {
        await using var db = await TestDatabase.CreateAsync();
        var sample = await TargetSheetSample.CreateAsync(db);
        var sheet = (await db.Get<ExportService>().LoadTargetSheetAsync(sample.TargetId))!;
        var options = new CheatSheetOptions
        {
            Layout = layout,
            PersonName = "Alex Rivera",
            Date = new DateOnly(2026, 11, 1),
            Heading = sheet.Target.Title,
            InterviewDate = sheet.Target.InterviewDate,
        };

        using var pdf = new PdfReadBack(CheatSheetPdf.Render(sheet.Stories, options, Clock));

        var header = PdfReadBack.Collapse(pdf.Lines[0][0]);
        Assert.Contains("Alex Rivera · Amazon — Engineer", header, StringComparison.Ordinal);
        Assert.Contains("Interview 14 December 2026", header, StringComparison.Ordinal);
        Assert.DoesNotContain("1 November 2026", pdf.Text, StringComparison.Ordinal);

        // Each heading and story in order, each found after the one before it.
        string[] expected =
        [
            "Why Amazon?", sample.WhyCompany.Sections.Situation,
            "Why this role?", sample.WhyRole.Sections.Situation,
            .. sample.CompetencyOrder,
        ];
        var at = header.Length;
        foreach (var text in expected)
        {
            var found = pdf.Text.IndexOf(text, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{text}\" is not after position {at} in: {pdf.Text}");
            at = found + text.Length;
        }

        // The story covering two competencies is printed once and named under the second.
        Assert.Single(AllIndexes(pdf.Text, sample.Shared.Sections.Situation));
        var second = sample.CompetencyOrder.Last(c => c is "Customer Obsession" or "Dive Deep");
        var first = sample.CompetencyOrder.First(c => c is "Customer Obsession" or "Dive Deep");
        var reference = $"See {sample.Shared.Title}, under {first}";
        Assert.True(pdf.Text.IndexOf(reference, StringComparison.Ordinal) > pdf.Text.IndexOf(second, StringComparison.Ordinal), pdf.Text);
    }

    private static List<int> AllIndexes(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }
}
