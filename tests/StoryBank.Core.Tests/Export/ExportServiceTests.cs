using StoryBank.Core.Export;

namespace StoryBank.Core.Tests.Export;

public sealed class ExportServiceTests
{
    [Fact]
    public async Task A_targets_sheet_holds_the_why_answers_first_then_each_competency_in_the_targets_order()
    {
        await using var db = await TestDatabase.CreateAsync();
        var sample = await TargetSheetSample.CreateAsync(db);

        var sheet = (await db.Get<ExportService>().LoadTargetSheetAsync(sample.TargetId))!;

        Assert.Equal("Amazon — Engineer", sheet.Target.Title);
        Assert.Equal(TargetSheetSample.InterviewDate, sheet.Target.InterviewDate);
        var headings = sheet.Stories.Select(s => s.CategoryName).Distinct().ToList();
        Assert.Equal(["Why Amazon?", "Why this role?", .. sample.CompetencyOrder], headings);
        Assert.Equal([sample.WhyCompany.Id, sample.WhyRole.Id], sheet.Stories.Take(2).Select(s => s.Id));
        Assert.Equal(2, sheet.Stories.Count(s => s.CategoryName == "Earn Trust"));
        Assert.Contains(sheet.Stories, s => s.CategoryName == "Earn Trust" && s.Id == sample.Conflict.Id);
        Assert.Equal(
            new[] { sample.Deep.Id, sample.Shared.Id }.Order(),
            sheet.Stories.Where(s => s.CategoryName == "Dive Deep").Select(s => s.Id).Order());
    }

    [Fact]
    public async Task A_story_under_two_competencies_is_printed_under_the_first_and_only_named_under_the_second()
    {
        await using var db = await TestDatabase.CreateAsync();
        var sample = await TargetSheetSample.CreateAsync(db);

        var sheet = (await db.Get<ExportService>().LoadTargetSheetAsync(sample.TargetId))!;

        var shared = sheet.Stories.Where(s => s.Id == sample.Shared.Id).ToList();
        Assert.Equal(2, shared.Count);
        var first = sample.CompetencyOrder.First(c => c is "Customer Obsession" or "Dive Deep");
        Assert.Equal(first, shared[0].CategoryName);
        Assert.Null(shared[0].PrintedUnder);
        Assert.Equal(first, shared[1].PrintedUnder);
        Assert.All(sheet.Stories.Where(s => s.Id != sample.Shared.Id), s => Assert.Null(s.PrintedUnder));
    }

    [Fact]
    public async Task There_is_no_sheet_for_a_target_that_does_not_exist()
    {
        await using var db = await TestDatabase.CreateAsync();

        Assert.Null(await db.Get<ExportService>().LoadTargetSheetAsync(42));
    }
}
