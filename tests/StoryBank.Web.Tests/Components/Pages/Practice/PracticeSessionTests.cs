using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StoryBank.Core.Data;
using StoryBank.Core.Practice;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages.Practice;

namespace StoryBank.Web.Tests.Components.Pages.Practice;

public sealed class PracticeSessionTests : PageTest
{
    private const string ConflictQuestion = "Tell me about a conflict with a coworker.";

    [Fact]
    public void The_timer_counts_up_from_zero_turns_amber_at_the_band_and_red_past_it()
    {
        var page = RenderPractice();
        Assert.Equal("0:00", Timer(page).TextContent);

        StartTimer(page);
        Database.Clock.Advance(TimeSpan.FromSeconds(2));

        page.WaitForAssertion(() => Assert.Equal("0:02", Timer(page).TextContent), Wait);
        Assert.Contains("timer-calm", Timer(page).ClassList);

        Database.Clock.Advance(TimeSpan.FromSeconds(88));

        page.WaitForAssertion(() => Assert.Equal("1:30", Timer(page).TextContent), Wait);
        Assert.Contains("timer-amber", Timer(page).ClassList);
        Assert.Contains("in the band", page.Find(".zone-text").TextContent, StringComparison.Ordinal);

        Database.Clock.Advance(TimeSpan.FromSeconds(31));

        page.WaitForAssertion(() => Assert.Equal("2:01", Timer(page).TextContent), Wait);
        Assert.Contains("timer-red", Timer(page).ClassList);
        Assert.Contains("over the band", page.Find(".zone-text").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_holds_the_time_and_start_carries_on_from_there()
    {
        var page = RenderPractice();
        StartTimer(page);
        Database.Clock.Advance(TimeSpan.FromSeconds(5));
        StopTimer(page);

        Database.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("0:05", Timer(page).TextContent);
        Assert.True(page.Find("button:contains('Stop')").HasAttribute("disabled"));

        StartTimer(page);
        Database.Clock.Advance(TimeSpan.FromSeconds(3));

        page.WaitForAssertion(() => Assert.Equal("0:08", Timer(page).TextContent), Wait);
    }

    [Fact]
    public async Task Rating_stores_the_attempt_and_shows_the_next_question()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft
        {
            Title = "Kubernetes for contractors",
            Questions = [ConflictQuestion],
            Sections = new() { Situation = "Two teams disagreed on the platform." },
            Metrics = ["40% faster"],
            FollowUps = [new FollowUp { Question = "Who else was involved?" }],
        });
        var page = RenderPractice();
        Assert.Equal(ConflictQuestion, page.Find(".question").TextContent);
        Assert.All(page.FindAll(".rate"), b => Assert.True(b.HasAttribute("disabled"), "nothing to rate before the timer ran"));

        StartTimer(page);
        Database.Clock.Advance(TimeSpan.FromSeconds(95));
        StopTimer(page);
        page.Find("button:contains('Reveal')").Click();

        page.WaitForAssertion(() => Assert.Contains("Kubernetes for contractors", page.Find(".cue-card h3").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("40% faster", page.Find(".cue-card .metrics li").TextContent);
        Assert.Contains("Two teams disagreed on the platform.", page.Find(".cue-card dd[data-section=Situation]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Who else was involved?", page.Find(".cue-card .follow-ups li").TextContent);

        page.Find("button:contains('Good')").Click();

        page.WaitForAssertion(() => Assert.NotEqual(ConflictQuestion, page.Find(".question").TextContent), Wait);
        Assert.Contains("Saved: Good in 1:35", page.Find(".status").TextContent, StringComparison.Ordinal);
        Assert.Equal("0:00", Timer(page).TextContent);
        Assert.Empty(page.FindAll(".cue-card"));
        var row = page.Find(".question-history tbody tr");
        Assert.Contains(ConflictQuestion, row.TextContent, StringComparison.Ordinal);
        Assert.Equal(["1", "1:35", "Good", "in 1 day"], row.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim()));
        Assert.NotNull(page.Find(".practice-chart svg title"));

        await using var db = await Database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        var attempt = await db.PracticeAttempts.Include(a => a.Question).SingleAsync();
        Assert.Equal(ConflictQuestion, attempt.Question!.Text);
        Assert.Equal(story.Id, attempt.StoryId);
        Assert.Equal(TimeSpan.FromSeconds(95), attempt.Duration);
        Assert.Equal(PracticeRating.Good, attempt.Rating);
    }

    [Fact]
    public void Reveal_without_a_story_says_so_and_links_to_the_editor_with_the_question()
    {
        var page = RenderPractice();

        page.Find("button:contains('Reveal')").Click();

        page.WaitForAssertion(() => Assert.Contains("No story answers this question yet.", page.Find(".no-story").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(
            "stories/new?question=Describe%20the%20project%20you%20are%20most%20proud%20of.&category=impact",
            page.Find(".no-story a").GetAttribute("href"));
    }

    [Fact]
    public async Task Keys_start_stop_reveal_and_rate()
    {
        var page = RenderPractice();
        var first = page.Find(".question").TextContent;

        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("3"));
        Assert.Empty(await Database.Get<PracticeService>().QuestionHistoryAsync());

        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("Space"));
        Database.Clock.Advance(TimeSpan.FromSeconds(3));
        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("Space"));
        Database.Clock.Advance(TimeSpan.FromSeconds(3));
        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("r"));

        Assert.Equal("0:03", Timer(page).TextContent);
        Assert.NotEmpty(page.FindAll(".no-story"));

        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("1"));

        page.WaitForAssertion(() => Assert.NotEqual(first, page.Find(".question").TextContent), Wait);
        var history = Assert.Single(await Database.Get<PracticeService>().QuestionHistoryAsync());
        Assert.Equal(PracticeRating.Again, history.LastRating);
        Assert.Equal(TimeSpan.FromSeconds(3), history.AverageDuration);
    }

    [Fact]
    public void Choosing_a_category_asks_from_it()
    {
        var page = RenderPractice();

        page.Find("[data-category=failure] input").Change(true);

        page.WaitForAssertion(() => Assert.Contains("Mistakes & failures", page.Find(".question-meta").TextContent, StringComparison.Ordinal), Wait);
        Assert.False(page.Find(".categories input").HasAttribute("checked"), "All is no longer ticked");

        page.Find(".categories input").Change(true);

        page.WaitForAssertion(() => Assert.Contains("Proudest work & impact", page.Find(".question-meta").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public async Task Weakest_first_brings_back_what_was_rated_again()
    {
        var practice = Database.Get<PracticeService>();
        var weak = (await practice.NextQuestionAsync(PracticeFilter.All))!;
        await practice.RecordAttemptAsync(weak.QuestionId, null, TimeSpan.FromSeconds(40), PracticeRating.Again);
        var fine = (await practice.NextQuestionAsync(PracticeFilter.All))!;
        await practice.RecordAttemptAsync(fine.QuestionId, null, TimeSpan.FromSeconds(40), PracticeRating.Good);
        var page = RenderPractice();

        page.FindAll(".order input")[1].Change(true);

        page.WaitForAssertion(() => Assert.Equal(weak.Text, page.Find(".question").TextContent), Wait);
        Assert.Contains("last rated Again", page.Find(".reason").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_shows_a_page_of_questions_the_latest_first_and_Next_shows_the_rest()
    {
        var notes = string.Concat(Enumerable.Range(1, 20).Select(i => $"## Tell me about project {i}?\nI led project {i}.\n\n"));
        await Database.Get<StoryBank.Core.Import.ImportService>().ImportAsync(StoryBank.Core.Import.NotesParser.Parse(notes, "projects.md"));
        await using var db = await Database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        var questions = await db.Questions.OrderBy(q => q.Id).Select(q => q.Text).ToListAsync();
        var practice = Database.Get<PracticeService>();
        foreach (var id in await db.Questions.OrderBy(q => q.Id).Select(q => q.Id).ToListAsync())
        {
            Database.Clock.Advance(TimeSpan.FromMinutes(1));
            await practice.RecordAttemptAsync(id, null, TimeSpan.FromSeconds(40), PracticeRating.Good);
        }

        var page = RenderPractice();

        var latestFirst = questions.AsEnumerable().Reverse().ToList();
        Assert.InRange(latestFirst.Count, PracticeSession.HistoryPageSize + 1, 2 * PracticeSession.HistoryPageSize);
        Assert.Equal(latestFirst.Take(PracticeSession.HistoryPageSize), HistoryQuestions(page));
        page.Find("nav[aria-label='Pages of the history'] .pager-next").Click();
        Assert.Equal(latestFirst.Skip(PracticeSession.HistoryPageSize), HistoryQuestions(page));
    }

    private static IEnumerable<string> HistoryQuestions(IRenderedComponent<PracticeSession> page) =>
        page.FindAll(".question-history tbody tr td:first-child > bdi").Select(b => b.TextContent);

    [Fact]
    public void The_band_comes_from_the_options()
    {
        var options = Options.Create(new PracticeOptions { TargetMinSeconds = 60, TargetMaxSeconds = 150 });
        Services.AddSingleton(new PracticeService(Database.Get<IDbContextFactory<StoryBankDbContext>>(), Database.Clock, options));
        var page = RenderPractice();

        Assert.Contains("Target 1:00–2:30", page.Find(".target").TextContent, StringComparison.Ordinal);

        StartTimer(page);
        Database.Clock.Advance(TimeSpan.FromSeconds(60));

        page.WaitForAssertion(() => Assert.Contains("timer-amber", Timer(page).ClassList), Wait);
    }

    private IRenderedComponent<PracticeSession> RenderPractice()
    {
        // Both on the database's fake clock, so advancing it moves the page's timer and dates the attempts.
        Services.TryAddSingleton(Database.Get<PracticeService>());
        Services.AddSingleton<TimeProvider>(Database.Clock);
        var page = Render<PracticeSession>();
        page.WaitForAssertion(() => Assert.False(page.Find("button:contains('Start')").HasAttribute("disabled")), Wait);
        return page;
    }

    /// <summary>Clicks Start and waits until the page has handled it, so the clock only moves once the timer runs.</summary>
    private static void StartTimer(IRenderedComponent<PracticeSession> page)
    {
        page.Find("button:contains('Start')").Click();
        page.WaitForAssertion(() => Assert.False(page.Find("button:contains('Stop')").HasAttribute("disabled")), Wait);
    }

    private static void StopTimer(IRenderedComponent<PracticeSession> page)
    {
        page.Find("button:contains('Stop')").Click();
        page.WaitForAssertion(() => Assert.False(page.Find("button:contains('Start')").HasAttribute("disabled")), Wait);
    }

    private static IElement Timer(IRenderedComponent<PracticeSession> page) => page.Find(".timer");
}
