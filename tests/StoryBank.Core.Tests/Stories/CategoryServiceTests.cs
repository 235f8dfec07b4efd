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
        await stories.CreateAsync(new StoryDraft { Title = "Filed", CategoryId = conflict, Sections = new() { Situation = "s" }});
        var loose = await stories.CreateAsync(new StoryDraft { Questions = ["Why this company?"], Sections = new() { Situation = "s" }});

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

    [Fact]
    public async Task A_story_whose_only_writing_is_a_follow_up_answer_has_writing_on_the_grid()
    {
        var conflict = (await _database.Get<CategoryService>().ListAsync()).Single(c => c.Slug == "conflict").Id;
        var stories = _database.Get<StoryService>();
        await stories.CreateAsync(new StoryDraft { Title = "Answered", CategoryId = conflict, FollowUps = [new FollowUp { Question = "What did you do?", Answer = "I asked." }] });
        await stories.CreateAsync(new StoryDraft { Title = "Asked only", CategoryId = conflict, FollowUps = [new FollowUp { Question = "What did you do?" }] });
        await stories.CreateAsync(new StoryDraft { Title = "Noted", FollowUps = [], Sections = new() { Notes = "Some notes." }});

        var grid = (await _database.Get<CategoryService>().CoverageAsync()).Single(c => c.Slug == "conflict").Stories.ToDictionary(s => s.Label);
        var loose = Assert.Single((await _database.Get<CategoryService>().UncategorizedAsync()).Stories);

        Assert.Equal((0, true), (grid["Answered"].FilledStarSections, grid["Answered"].HasWriting));
        Assert.False(grid["Asked only"].HasWriting);
        Assert.True(loose.HasWriting);
    }
}
