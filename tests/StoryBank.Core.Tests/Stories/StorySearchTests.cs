using StoryBank.Core.Import;
using StoryBank.Core.Stories;
using StoryBank.Core.Tests.Import;

namespace StoryBank.Core.Tests.Stories;

public sealed class StorySearchTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private StorySearch Search => _database.Get<StorySearch>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var seed = ImportGold.TestDataPath("Seed", "interview-notes.md");
        await _database.Get<ImportService>().ImportAsync(await NotesFile.ReadAsync(seed));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_page_of_the_list_reads_only_its_own_stories_questions_not_every_story_s()
    {
        var plans = new QueryPlans(_database.ConnectionString);

        var page = await new StorySearch(plans).FindAsync(new StoryQuery { Take = 5 });

        Assert.Equal(5, page.Items.Count);
        var steps = await plans.StepsAsync();
        Assert.Contains(steps, s => s.Contains("StoryQuestions", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.Contains("AUTOMATIC", StringComparison.Ordinal) || s.StartsWith("MATERIALIZE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Searching_kubernetes_finds_the_conflict_story_with_the_match_highlighted()
    {
        var page = await Search.FindAsync(new StoryQuery { Search = "kubernetes" });

        var conflict = Assert.Single(page.Items, i => i.Questions[0] == "Tell me about a conflict with a coworker");
        Assert.Contains($"{StorySearch.MatchStart}kubernetes{StorySearch.MatchEnd}", conflict.Highlight, StringComparison.Ordinal);
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task A_word_prefix_matches_and_every_word_must_occur()
    {
        var prefix = await Search.FindAsync(new StoryQuery { Search = "kuber" });
        var both = await Search.FindAsync(new StoryQuery { Search = "kubernetes contractors" });

        Assert.Equal(2, prefix.Total);
        Assert.Equal("Tell me about a conflict with a coworker", Assert.Single(both.Items).Questions[0]);
    }

    [Fact]
    public async Task Questions_and_titles_are_searched_too_and_rank_first()
    {
        var page = await Search.FindAsync(new StoryQuery { Search = "facebook" });

        Assert.Equal("Why Facebook?", Assert.Single(page.Items).Questions[0]);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND (")]
    [InlineData("kubernetes OR NEAR(")]
    [InlineData("* ^ -")]
    public async Task Search_syntax_in_the_input_is_treated_as_plain_words(string input)
    {
        var page = await Search.FindAsync(new StoryQuery { Search = input });

        Assert.True(page.Total >= 0);
    }

    [Fact]
    public async Task The_search_index_follows_edits_and_deletes()
    {
        var stories = _database.Get<StoryService>();
        var hit = (await Search.FindAsync(new StoryQuery { Search = "gitlab" })).Items[0];
        var story = (await stories.GetAsync(hit.Id))!;
        var draft = StoryDraft.From(story);
        draft.Sections = draft.Sections with { Notes = "terraform instead" };
        draft.Questions = ["A brand new zeppelin question?"];

        await stories.UpdateAsync(story.Id, draft, story.Version);

        Assert.DoesNotContain(hit.Id, (await Search.FindAsync(new StoryQuery { Search = "gitlab" })).Items.Select(i => i.Id));
        Assert.Equal(hit.Id, Assert.Single((await Search.FindAsync(new StoryQuery { Search = "terraform" })).Items).Id);
        Assert.Equal(hit.Id, Assert.Single((await Search.FindAsync(new StoryQuery { Search = "zeppelin" })).Items).Id);

        await stories.DeleteAsync(hit.Id);

        Assert.Equal(0, (await Search.FindAsync(new StoryQuery { Search = "terraform" })).Total);
    }

    [Fact]
    public async Task Results_filter_by_category_sort_and_page()
    {
        var disagreement = await Search.FindAsync(new StoryQuery { CategorySlug = "disagreement", Sort = StorySort.Title });
        var firstPage = await Search.FindAsync(new StoryQuery { Sort = StorySort.Readiness, Take = 5 });
        var secondPage = await Search.FindAsync(new StoryQuery { Sort = StorySort.Readiness, Take = 5, Skip = 5 });

        Assert.Equal(3, disagreement.Total);
        Assert.All(disagreement.Items, i => Assert.Equal("disagreement", i.CategorySlug));
        Assert.Equal(14, firstPage.Total);
        Assert.Equal(5, firstPage.Items.Count);
        Assert.Empty(firstPage.Items.Select(i => i.Id).Intersect(secondPage.Items.Select(i => i.Id)));
        Assert.True(firstPage.Items.Min(i => i.FilledStarSections) >= secondPage.Items.Max(i => i.FilledStarSections));
        Assert.Equal(4, firstPage.Items[0].FilledStarSections);
    }

    [Fact]
    public void Typed_words_become_quoted_prefix_terms()
    {
        Assert.Equal("\"kube\"* \"conf\"*", StorySearch.ToMatchExpression(" kube, \"conf\" "));
        Assert.Null(StorySearch.ToMatchExpression(" -- "));
    }

    [Fact]
    public async Task Sorting_by_title_sorts_by_what_the_row_shows_the_title_else_the_question()
    {
        var stories = _database.Get<StoryService>();
        foreach (var seeded in await stories.ListAsync())
        {
            await stories.DeleteAsync(seeded.Id);
        }

        var cherry = await stories.CreateAsync(new StoryDraft { Questions = ["Cherry picking?"], Sections = new() { Situation = "zebrafish" }});
        var banana = await stories.CreateAsync(new StoryDraft { Title = "Banana split", Questions = ["Aardvark first?"], Sections = new() { Situation = "zebrafish" }});
        var apple = await stories.CreateAsync(new StoryDraft { Questions = ["apple of my eye?"], Sections = new() { Situation = "zebrafish" }});

        var listed = await Search.FindAsync(new StoryQuery { Sort = StorySort.Title });
        var searched = await Search.FindAsync(new StoryQuery { Search = "zebrafish", Sort = StorySort.Title });

        Assert.Equal([apple.Id, banana.Id, cherry.Id], listed.Items.Select(i => i.Id));
        Assert.Equal([apple.Id, banana.Id, cherry.Id], searched.Items.Select(i => i.Id));
        Assert.Equal(["apple of my eye?", "Banana split", "Cherry picking?"], listed.Items.Select(i => i.Label));
        Assert.Equal(["Aardvark first?"], listed.Items[1].OtherQuestions);
        Assert.Empty(listed.Items[0].OtherQuestions);
    }
}
