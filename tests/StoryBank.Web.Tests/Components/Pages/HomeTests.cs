using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;
using StoryBank.Core.Tests;
using StoryBank.Web.Components.Pages;

namespace StoryBank.Web.Tests.Components.Pages;

public sealed class HomeTests : BunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton(_database.Get<CategoryService>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Home_lists_every_category_with_its_story_count()
    {
        var categories = await _database.Get<CategoryService>().ListAsync();
        var conflict = categories.Single(c => c.Slug == "conflict").Id;
        var stories = _database.Get<StoryService>();
        await stories.CreateAsync(new StoryDraft { Title = "One", CategoryId = conflict });
        await stories.CreateAsync(new StoryDraft { Title = "Two", CategoryId = conflict });

        var home = Render<Home>();

        home.WaitForAssertion(() => Assert.Equal(16, home.FindAll("li.category-card").Count));
        var conflictCard = home.Find("li[data-category=conflict]");
        Assert.Equal("Conflict with peers", conflictCard.QuerySelector(".category-name")!.TextContent);
        Assert.Equal("2", conflictCard.QuerySelector(".category-count")!.TextContent);
        Assert.DoesNotContain("is-empty", conflictCard.ClassName, StringComparison.Ordinal);
        var failureCard = home.Find("li[data-category=failure]");
        Assert.Equal("0", failureCard.QuerySelector(".category-count")!.TextContent);
        Assert.Contains("is-empty", failureCard.ClassName, StringComparison.Ordinal);
        Assert.Contains("2 stories · 15 of 16 categories still empty", home.Find(".summary").TextContent, StringComparison.Ordinal);
    }
}
