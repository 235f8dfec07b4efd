using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Practice;
using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Tests.Targets;

public sealed class TargetServiceTests
{
    [Fact]
    public async Task A_target_takes_every_competency_of_its_model_in_order()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();

        var id = await targets.AddAsync(new NewTarget("Amazon", "Senior Engineer", new DateOnly(2026, 12, 3), BuiltInModels.AmazonName));

        var target = (await targets.GetAsync(id))!;
        var amazon = BuiltInModels.All.Single(m => m.Name == BuiltInModels.AmazonName);
        Assert.Equal(amazon.Competencies.Select(c => c.Name), target.Competencies.Select(c => c.Name));
        Assert.Equal("Amazon — Senior Engineer", target.Target.Title);
        Assert.Equal(new DateOnly(2026, 12, 3), target.Target.InterviewDate);
        Assert.Equal(["customer"], target.Competencies.Single(c => c.Name == "Customer Obsession").CategorySlugs);
    }

    [Fact]
    public async Task A_target_may_take_only_some_competencies_and_keeps_the_models_order()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();

        var id = await targets.AddAsync(new NewTarget("Meta", "Engineering Manager", null, "meta signals", ["motivation", "Resolving Conflicts"]));

        var target = (await targets.GetAsync(id))!;
        Assert.Equal(["Resolving Conflicts", "Motivation"], target.Competencies.Select(c => c.Name));
        Assert.Equal(BuiltInModels.MetaName, target.Target.ModelName);
    }

    [Fact]
    public async Task An_unknown_model_or_competency_is_refused_with_the_choices_and_nothing_is_saved()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();

        var model = await Assert.ThrowsAsync<ArgumentException>(() => targets.AddAsync(new NewTarget("Acme", "PM", null, "Google")));
        var competency = await Assert.ThrowsAsync<ArgumentException>(() => targets.AddAsync(new NewTarget("Acme", "PM", null, BuiltInModels.MetaName, ["Frugality"])));

        Assert.StartsWith("There is no competency model \"Google\"; the models are: Amazon Leadership Principles, Meta signals, Generic.", model.Message, StringComparison.Ordinal);
        Assert.StartsWith("Meta signals has no competency \"Frugality\".", competency.Message, StringComparison.Ordinal);
        Assert.Empty(await targets.ListAsync());
    }

    [Fact]
    public async Task A_target_needs_a_company()
    {
        await using var db = await TestDatabase.CreateAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => db.Get<TargetService>().AddAsync(new NewTarget("  ", "PM")));

        Assert.StartsWith("The company is required.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Targets_are_listed_next_interview_first_and_undated_last()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        await targets.AddAsync(new NewTarget("Zeta", "PM"));
        await targets.AddAsync(new NewTarget("Later", "PM", new DateOnly(2027, 1, 10)));
        await targets.AddAsync(new NewTarget("Sooner", "PM", new DateOnly(2026, 12, 1)));
        await targets.AddAsync(new NewTarget("Alpha", "PM"));

        Assert.Equal(["Sooner", "Later", "Alpha", "Zeta"], (await targets.ListAsync()).Select(t => t.Company));
    }

    [Fact]
    public async Task A_name_finds_a_target_by_id_title_or_company_and_an_ambiguous_company_finds_both()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var engineer = await targets.AddAsync(new NewTarget("Amazon", "Engineer"));
        var manager = await targets.AddAsync(new NewTarget("Amazon", "Manager"));

        Assert.Equal([engineer], (await targets.FindAsync(engineer.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(t => t.Id));
        Assert.Equal([manager], (await targets.FindAsync("amazon — manager")).Select(t => t.Id));
        Assert.Equal(2, (await targets.FindAsync("AMAZON")).Count);
        Assert.Empty(await targets.FindAsync("Meta"));
    }

    [Fact]
    public async Task Deleting_a_target_never_deletes_stories_even_those_picked_or_answering_why()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var stories = db.Get<StoryService>();
        var picked = await stories.CreateAsync(new StoryDraft { Title = "Picked story", Questions = ["Tell me about a customer."] });
        var why = await stories.CreateAsync(new StoryDraft { Title = "Why Amazon", Questions = ["Why Amazon?"] });
        var id = await targets.AddAsync(new NewTarget("Amazon", "Engineer", null, BuiltInModels.AmazonName));
        var competency = (await targets.GetAsync(id))!.Competencies[0];
        await targets.PickStoriesAsync(competency.Id, [picked.Id]);
        await using (var context = await db.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync())
        {
            await context.Targets.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.WhyCompanyStoryId, why.Id));
        }

        Assert.True(await targets.RemoveAsync(id));

        Assert.NotNull(await stories.GetAsync(picked.Id));
        Assert.NotNull(await stories.GetAsync(why.Id));
        Assert.Null(await targets.GetAsync(id));
        await using var check = await db.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await check.TargetCompetencies.CountAsync());
        Assert.False(await targets.RemoveAsync(id));
    }

    [Fact]
    public async Task Deleting_a_picked_story_leaves_the_competency_with_the_rest()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var stories = db.Get<StoryService>();
        var first = await stories.CreateAsync(new StoryDraft { Title = "First" });
        var second = await stories.CreateAsync(new StoryDraft { Title = "Second" });
        var id = await targets.AddAsync(new NewTarget("Acme", "PM"));
        var competency = (await targets.GetAsync(id))!.Competencies[0];
        await targets.PickStoriesAsync(competency.Id, [second.Id, first.Id]);

        await stories.DeleteAsync(first.Id);

        Assert.Equal([second.Id], (await targets.GetAsync(id))!.Competencies[0].PickedStoryIds);
    }

    [Fact]
    public async Task Picking_a_story_that_does_not_exist_changes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var story = await db.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Kept" });
        var id = await targets.AddAsync(new NewTarget("Acme", "PM"));
        var competency = (await targets.GetAsync(id))!.Competencies[0];
        await targets.PickStoriesAsync(competency.Id, [story.Id]);

        var refused = await Assert.ThrowsAsync<KeyNotFoundException>(() => targets.PickStoriesAsync(competency.Id, [story.Id, 999]));

        Assert.Equal("There is no story 999.", refused.Message);
        Assert.Equal([story.Id], (await targets.GetAsync(id))!.Competencies[0].PickedStoryIds);
    }

    [Fact]
    public async Task Setting_competencies_keeps_the_stories_picked_for_those_kept_by_name()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var story = await db.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Kept" });
        var id = await targets.AddAsync(new NewTarget("Meta", "PM", null, BuiltInModels.MetaName));
        var conflicts = (await targets.GetAsync(id))!.Competencies.Single(c => c.Name == "Resolving Conflicts");
        await targets.PickStoriesAsync(conflicts.Id, [story.Id]);

        await targets.SetCompetenciesAsync(id,
        [
            new CompetencyDefinition { Name = "Writing", CategorySlugs = ["influence"], Questions = ["Tell me about a document you wrote."] },
            new CompetencyDefinition { Name = "resolving conflicts", CategorySlugs = ["conflict", "disagreement"] },
        ]);

        var target = (await targets.GetAsync(id))!;
        Assert.Equal(["Writing", "Resolving Conflicts"], target.Competencies.Select(c => c.Name));
        Assert.Equal([story.Id], target.Competencies[1].PickedStoryIds);
        Assert.Equal(["Tell me about a document you wrote."], target.Competencies[0].Questions);
    }

    [Fact]
    public async Task A_persons_own_model_is_listed_after_the_built_in_ones_and_targets_can_use_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        await targets.SaveModelAsync("Stripe operating principles",
        [
            new CompetencyDefinition { Name = "Users first", CategorySlugs = ["customer"] },
            new CompetencyDefinition { Name = "Move with urgency", CategorySlugs = ["results", "ownership"], Questions = ["Tell me about shipping fast."] },
        ]);

        var models = await targets.ModelsAsync();
        var id = await targets.AddAsync(new NewTarget("Stripe", "Engineer", null, "Stripe operating principles"));

        Assert.Equal([BuiltInModels.AmazonName, BuiltInModels.MetaName, BuiltInModels.GenericName, "Stripe operating principles"], models.Select(m => m.Name));
        Assert.False(models[3].IsBuiltIn);
        Assert.Equal(["results", "ownership"], models[3].Competencies[1].CategorySlugs);
        Assert.Equal(["Users first", "Move with urgency"], (await targets.GetAsync(id))!.Competencies.Select(c => c.Name));
    }

    [Fact]
    public async Task Removing_a_model_leaves_the_targets_made_from_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var model = await targets.SaveModelAsync("Mine", [new CompetencyDefinition { Name = "Grit", CategorySlugs = ["results"] }]);
        var id = await targets.AddAsync(new NewTarget("Acme", "PM", null, "Mine"));

        Assert.True(await targets.RemoveModelAsync(model));

        Assert.Equal(["Grit"], (await targets.GetAsync(id))!.Competencies.Select(c => c.Name));
        Assert.Equal(3, (await targets.ModelsAsync()).Count);
    }

    [Fact]
    public async Task A_model_competency_with_an_unknown_category_or_a_built_in_name_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();

        var category = await Assert.ThrowsAsync<ArgumentException>(() => targets.SaveModelAsync("Mine", [new CompetencyDefinition { Name = "Grit", CategorySlugs = ["grit"] }]));
        var builtIn = await Assert.ThrowsAsync<ArgumentException>(() => targets.SaveModelAsync("generic", [new CompetencyDefinition { Name = "Grit", CategorySlugs = ["results"] }]));

        Assert.StartsWith("The competency \"Grit\" names unknown categories: grit.", category.Message, StringComparison.Ordinal);
        Assert.StartsWith("\"generic\" is a built-in model", builtIn.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await targets.ModelsAsync()).Count);
    }

    [Fact]
    public async Task A_targets_practice_deck_draws_only_its_categories_and_motivation_in_weakest_first_order()
    {
        await using var db = await TestDatabase.CreateAsync();
        var targets = db.Get<TargetService>();
        var practice = db.Get<PracticeService>();
        var id = await targets.AddAsync(new NewTarget("Amazon", "Engineer", null, BuiltInModels.AmazonName, ["Customer Obsession"]));
        await using var context = await db.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        var question = await context.Questions.Where(q => q.IsCanonical).ToDictionaryAsync(q => q.Text, q => q.Id);
        var conflict = question["Tell me about a conflict with a coworker."];
        await practice.RecordAttemptAsync(conflict, null, TimeSpan.FromSeconds(90), PracticeRating.Again);

        var filter = (await targets.PracticeFilterAsync(id))!;
        var drawn = new HashSet<string?>();
        int? previous = null;
        for (var i = 0; i < 12; i++)
        {
            var pick = (await practice.NextQuestionAsync(filter, previous))!;
            drawn.Add(pick.CategorySlug);
            Assert.NotEqual(conflict, pick.QuestionId);
            previous = pick.QuestionId;
        }

        Assert.Equal(["customer", "motivation"], filter.CategorySlugs);
        Assert.Equal(PracticeOrder.WeakestFirst, filter.Order);
        Assert.Subset(new HashSet<string?> { "customer", "motivation" }, drawn);
        Assert.Null(await targets.PracticeFilterAsync(999));
    }
}
