using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class CategoryServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Stories_without_a_category_have_their_own_card_and_filter_and_can_be_filed_from_it()
    {
        var conflict = (await _database.Get<CategoryService>().ListAsync()).Single(c => c.Slug == "conflict").Id;
        var stories = _database.Get<StoryService>();
        await stories.CreateAsync(new StoryDraft { Title = "Filed", CategoryId = conflict, Situation = "s" });
        var loose = await stories.CreateAsync(new StoryDraft { Questions = ["Why this company?"], Situation = "s" });

        var card = await _database.Get<CategoryService>().UncategorizedAsync();
        var filtered = await _database.Get<StorySearch>().FindAsync(new StoryQuery { CategorySlug = StoryQuery.NoCategory });
        var searched = await _database.Get<StorySearch>().FindAsync(new StoryQuery { CategorySlug = StoryQuery.NoCategory, Search = "s" });

        Assert.Equal((StoryQuery.NoCategory, 1), (card.Slug, card.StoryCount));
        var covered = Assert.Single(card.Stories);
        Assert.Equal(("Why this company?", loose.Version), (covered.Label, covered.Version));
        Assert.Equal(loose.Id, Assert.Single(filtered.Items).Id);
        Assert.Equal(loose.Id, Assert.Single(searched.Items).Id);

        var filed = await stories.SetCategoryAsync(loose.Id, conflict, covered.Version);

        Assert.Equal(loose.Version + 1, filed.Version);
        Assert.Equal("conflict", (await stories.GetAsync(loose.Id))!.Category!.Slug);
        Assert.Equal(0, (await _database.Get<CategoryService>().UncategorizedAsync()).StoryCount);
        await Assert.ThrowsAsync<StoryConcurrencyException>(() => stories.SetCategoryAsync(loose.Id, null, covered.Version));
    }
}
