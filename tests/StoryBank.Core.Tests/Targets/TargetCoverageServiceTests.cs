using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Tests.Targets;

public sealed class TargetCoverageServiceTests
{
    private static readonly StarSections Complete = new()
    {
        Situation = "Our checkout failed for one customer in five during the holiday sale.",
        Role = "I owned the payments service as its tech lead.",
        Action = "I traced the failures to a retry storm, added backoff and a circuit breaker, and paired with support on the fix.",
        Outcome = "Failures fell from 20% to 0.3% within a day and the sale made $2.1M.",
        Reflection = "I now load-test retries before every peak.",
    };

    [Fact]
    public async Task Competencies_without_a_story_come_first_then_thin_ones_each_with_its_stories_most_ready_first()
    {
        await using var db = await TestDatabase.CreateAsync();
        var categories = await Categories(db);
        var stories = db.Get<StoryService>();
        var ready = await stories.CreateAsync(new StoryDraft { Title = "Checkout retry storm", CategoryId = categories["customer"], Sections = Complete });
        var rough = await stories.CreateAsync(new StoryDraft { Title = "Angry client call", CategoryId = categories["customer"], Sections = new() { Situation = "A client called." } });
        var conflict = await stories.CreateAsync(new StoryDraft { Title = "Deploy freeze fight", CategoryId = categories["conflict"], Sections = Complete });
        var targets = db.Get<TargetService>();
        var id = await targets.AddAsync(new NewTarget("Amazon", "Engineer", null, BuiltInModels.AmazonName, ["Customer Obsession", "Earn Trust", "Dive Deep"]));

        var coverage = (await db.Get<TargetCoverageService>().CoverageAsync(id))!;

        Assert.Equal(["Dive Deep", "Earn Trust", "Customer Obsession"], coverage.Competencies.Select(c => c.Name));
        Assert.True(coverage.Competencies[0].IsGap);
        Assert.True(coverage.Competencies[1].IsThin);
        Assert.Equal([conflict.Id], coverage.Competencies[1].Stories.Select(s => s.StoryId));
        var customer = coverage.Competencies[2];
        Assert.Equal([ready.Id, rough.Id], customer.Stories.Select(s => s.StoryId));
        Assert.True(customer.Stories[0].IsReady);
        Assert.False(customer.Stories[1].IsReady);
        Assert.Equal(1, customer.Stories[1].FilledStarSections);
        Assert.True(customer.Stories[1].HighFindings > 0);
        Assert.False(customer.Picked);
    }

    [Fact]
    public async Task Picked_stories_replace_the_categories_stories_for_that_competency()
    {
        await using var db = await TestDatabase.CreateAsync();
        var categories = await Categories(db);
        var stories = db.Get<StoryService>();
        await stories.CreateAsync(new StoryDraft { Title = "A customer story", CategoryId = categories["customer"] });
        var other = await stories.CreateAsync(new StoryDraft { Title = "Picked anyway", CategoryId = categories["results"] });
        var targets = db.Get<TargetService>();
        var id = await targets.AddAsync(new NewTarget("Amazon", "Engineer", null, BuiltInModels.AmazonName, ["Customer Obsession"]));
        await targets.PickStoriesAsync((await targets.GetAsync(id))!.Competencies[0].Id, [other.Id]);

        var coverage = (await db.Get<TargetCoverageService>().CoverageAsync(id))!;

        Assert.True(coverage.Competencies[0].Picked);
        Assert.Equal(["Picked anyway"], coverage.Competencies[0].Stories.Select(s => s.Label));
    }

    [Fact]
    public async Task Why_questions_are_gaps_until_a_motivation_story_answers_them()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var id = await targets.AddAsync(new NewTarget("Facebook", "Engineering Manager"));
        var service = db.Get<TargetCoverageService>();

        var before = (await service.CoverageAsync(id))!;
        var categories = await Categories(db);
        var whyFacebook = await db.Get<StoryService>().CreateAsync(new StoryDraft { Questions = ["Why Facebook?"], CategoryId = categories["motivation"] });
        var whyRole = await db.Get<StoryService>().CreateAsync(new StoryDraft { Title = "From IC to manager", CategoryId = categories["motivation"] });
        await service.LinkWhyAsync(id, WhyKind.Role, whyRole.Id);
        var after = (await service.CoverageAsync(id))!;

        Assert.Equal(["Why Facebook?", "Why this role?"], before.Why.Select(w => w.Question));
        Assert.All(before.Why, w => Assert.True(w.IsGap));
        Assert.Equal(2 + before.Competencies.Count(c => c.IsGap), before.GapCount);
        Assert.Equal(whyFacebook.Id, after.Why[0].StoryId);
        Assert.Equal("Why Facebook?", after.Why[0].StoryLabel);
        Assert.Equal(whyRole.Id, after.Why[1].StoryId);
        Assert.Equal("From IC to manager", after.Why[1].StoryLabel);
    }

    [Fact]
    public async Task Deleting_the_linked_why_story_makes_the_question_a_gap_again()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var id = await targets.AddAsync(new NewTarget("Acme", "PM"));
        var story = await db.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Acme makes my tools" });
        var service = db.Get<TargetCoverageService>();
        await service.LinkWhyAsync(id, WhyKind.Company, story.Id);

        await db.Get<StoryService>().DeleteAsync(story.Id);

        Assert.True((await service.CoverageAsync(id))!.Why[0].IsGap);
    }

    [Fact]
    public async Task One_story_carrying_more_than_three_competencies_is_warned_about()
    {
        await using var db = await TestDatabase.CreateAsync();
        var story = await db.Get<StoryService>().CreateAsync(new StoryDraft { Title = "The launch" });
        var targets = db.Get<TargetService>();
        var id = await targets.AddAsync(new NewTarget("Meta", "PM", null, BuiltInModels.MetaName));
        var details = (await targets.GetAsync(id))!;
        foreach (var competency in details.Competencies.Take(4))
        {
            await targets.PickStoriesAsync(competency.Id, [story.Id]);
        }

        var warned = (await db.Get<TargetCoverageService>().CoverageAsync(id))!;
        await targets.PickStoriesAsync(details.Competencies[3].Id, []);
        var fine = (await db.Get<TargetCoverageService>().CoverageAsync(id))!;

        Assert.Equal($"\"The launch\" carries 4 of {details.Competencies.Count} competencies; the advice is at least 2 stories per competency, not the same story for everything.", Assert.Single(warned.Warnings));
        Assert.Empty(fine.Warnings);
    }

    [Fact]
    public async Task Days_until_the_interview_count_from_the_clocks_day()
    {
        await using var db = await TestDatabase.CreateAsync();
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var id = await db.Get<TargetService>().AddAsync(new NewTarget("Acme", "PM", today.AddDays(3)));

        var coverage = (await db.Get<TargetCoverageService>().CoverageAsync(id))!;
        db.Clock.Advance(TimeSpan.FromDays(4));
        var past = (await db.Get<TargetCoverageService>().CoverageAsync(id))!;

        Assert.Equal(3, coverage.DaysUntilInterview);
        Assert.Equal(-1, past.DaysUntilInterview);
        Assert.Null(await db.Get<TargetCoverageService>().CoverageAsync(999));
    }

    private static async Task<Dictionary<string, int>> Categories(TestDatabase db) =>
        (await db.Get<CategoryService>().ListAsync()).ToDictionary(c => c.Slug, c => c.Id);
}
