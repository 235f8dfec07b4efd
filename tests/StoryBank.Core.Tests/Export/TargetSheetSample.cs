using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Tests.Export;

/// <summary>
/// An Amazon target on a real database: both "Why" questions answered, and one story covering two competencies
/// (its categories' story for Customer Obsession, picked for Dive Deep). Earn Trust has two stories, so the coverage
/// page's order (thin competencies first) differs from the target's.
/// </summary>
internal sealed record TargetSheetSample(int TargetId, IReadOnlyList<string> CompetencyOrder, Story WhyCompany, Story WhyRole, Story Shared, Story Conflict, Story Deep)
{
    public static readonly DateOnly InterviewDate = new(2026, 12, 14);

    public static async Task<TargetSheetSample> CreateAsync(TestDatabase db)
    {
        var categories = (await db.Get<CategoryService>().ListAsync()).ToDictionary(c => c.Slug, c => c.Id);
        var stories = db.Get<StoryService>();
        var whyCompany = await stories.CreateAsync(new StoryDraft { Title = "Amazon's customer focus", Questions = ["Why Amazon?"], CategoryId = categories["motivation"], Sections = new() { Situation = "I have shopped there since school." } });
        var whyRole = await stories.CreateAsync(new StoryDraft { Title = "From support to engineering", CategoryId = categories["motivation"], Sections = new() { Situation = "I fixed the bugs I took calls about." } });
        var shared = await stories.CreateAsync(new StoryDraft { Title = "Checkout retry storm", Questions = ["Tell me about a time you put the customer first."], CategoryId = categories["customer"], Sections = new() { Situation = "Checkout failed for one customer in five." } });
        var conflict = await stories.CreateAsync(new StoryDraft { Title = "Deploy freeze fight", Questions = ["Tell me about a disagreement with a peer."], CategoryId = categories["conflict"], Sections = new() { Situation = "Two teams wanted opposite release dates." } });
        await stories.CreateAsync(new StoryDraft { Title = "Roadmap tug of war", Questions = ["Tell me about a time you disagreed with your manager."], CategoryId = categories["conflict"], Sections = new() { Situation = "My manager wanted the feature, I wanted the fix." } });
        var deep = await stories.CreateAsync(new StoryDraft { Title = "Query planner regression", Questions = ["Tell me about a problem you dug into."], CategoryId = categories["results"], Sections = new() { Situation = "A query slowed down tenfold overnight." } });

        var targets = db.Get<TargetService>();
        var id = await targets.AddAsync(new NewTarget("Amazon", "Engineer", InterviewDate, BuiltInModels.AmazonName, ["Customer Obsession", "Earn Trust", "Dive Deep"]));
        var details = (await targets.GetAsync(id))!;
        await targets.PickStoriesAsync(details.Competencies.Single(c => c.Name == "Dive Deep").Id, [deep.Id, shared.Id]);
        await db.Get<TargetCoverageService>().LinkWhyAsync(id, WhyKind.Role, whyRole.Id);
        return new TargetSheetSample(id, [.. details.Competencies.Select(c => c.Name)], whyCompany, whyRole, shared, conflict, deep);
    }
}
