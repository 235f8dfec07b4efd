using System.Text;
using System.Text.Json.Nodes;
using StoryBank.Core.Export.Backup;
using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Tests.Export.Backup;

public sealed class BackupTargetsTests
{
    [Fact]
    public async Task Targets_and_own_models_restore_with_their_picked_stories_why_answers_and_dates_to_the_same_bytes()
    {
        await using var source = await DatabaseWithTargetsAsync();
        var original = await BackupAsync(source);

        await using var restored = await TestDatabase.CreateAsync();
        await restored.Get<BackupService>().RestoreAsync(new MemoryStream(original), force: false);

        Assert.Equal(Encoding.UTF8.GetString(original), Encoding.UTF8.GetString(await BackupAsync(restored)));
        var targets = restored.Get<TargetService>();
        var amazon = (await targets.GetAsync((await targets.FindAsync("Amazon")).Single().Id))!;
        Assert.Equal(new DateOnly(2026, 12, 3), amazon.Target.InterviewDate);
        Assert.Equal(["Earn Trust", "Customer Obsession"], amazon.Competencies.Select(c => c.Name));
        Assert.Equal(2, amazon.Competencies[0].PickedStoryIds.Count);
        Assert.NotNull(amazon.WhyCompanyStoryId);
        Assert.Contains(await targets.ModelsAsync(), m => m.Name == "Mine" && m.Competencies[0].Questions.Single() == "Tell me about grit.");
    }

    [Fact]
    public async Task A_version_3_backup_without_targets_still_restores_and_leaves_no_targets()
    {
        await using var source = await DatabaseWithTargetsAsync();
        var json = JsonNode.Parse(await BackupAsync(source))!.AsObject();
        json["formatVersion"] = 3;
        json.Remove("targets");
        json.Remove("competencyModels");
        await using var restored = await DatabaseWithTargetsAsync();

        var summary = await restored.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), force: true);

        Assert.Equal(3, summary.Stories);
        Assert.Empty(await restored.Get<TargetService>().ListAsync());
        Assert.Equal(3, (await restored.Get<TargetService>().ModelsAsync()).Count);
    }

    [Fact]
    public async Task A_target_picking_a_story_not_in_the_backup_is_refused_and_nothing_changes()
    {
        await using var source = await DatabaseWithTargetsAsync();
        var json = JsonNode.Parse(await BackupAsync(source))!.AsObject();
        json["targets"]![0]!["competencies"]![0]!["storyIds"] = new JsonArray(999);
        await using var restored = await TestDatabase.CreateAsync();

        var refused = await Assert.ThrowsAsync<BackupFormatException>(
            () => restored.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), force: false));

        Assert.Equal("not a valid StoryBank backup: $.targets[0].competencies[0].storyIds: story 999 is not in the backup.", refused.Message);
        Assert.Empty(await restored.Get<TargetService>().ListAsync());
    }

    private static async Task<TestDatabase> DatabaseWithTargetsAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var categories = (await database.Get<CategoryService>().ListAsync()).ToDictionary(c => c.Slug, c => c.Id);
        var stories = database.Get<StoryService>();
        var first = await stories.CreateAsync(new StoryDraft { Title = "Checkout outage", CategoryId = categories["customer"], Questions = ["Tell me about a customer."] });
        var second = await stories.CreateAsync(new StoryDraft { Title = "Refund policy", CategoryId = categories["customer"] });
        var why = await stories.CreateAsync(new StoryDraft { Title = "Why Amazon", CategoryId = categories["motivation"], Questions = ["Why Amazon?"] });
        var targets = database.Get<TargetService>();
        await targets.SaveModelAsync("Mine", [new CompetencyDefinition { Name = "Grit", CategorySlugs = ["results"], Questions = ["Tell me about grit."] }]);
        var amazon = await targets.AddAsync(new NewTarget("Amazon", "Engineer", new DateOnly(2026, 12, 3), BuiltInModels.AmazonName, ["Customer Obsession", "Earn Trust"]));
        await targets.AddAsync(new NewTarget("Acme", "PM", null, "Mine"));
        await targets.PickStoriesAsync((await targets.GetAsync(amazon))!.Competencies[0].Id, [second.Id, first.Id]);
        await database.Get<TargetCoverageService>().LinkWhyAsync(amazon, WhyKind.Company, why.Id);
        return database;
    }

    private static async Task<byte[]> BackupAsync(TestDatabase database)
    {
        using var stream = new MemoryStream();
        await database.Get<BackupService>().WriteAsync(stream);
        return stream.ToArray();
    }
}
