using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Practice;

namespace StoryBank.EndToEnd.Tests.Practice;

[Collection(AppGroup.Name)]
public sealed partial class PracticeTests(AppFixture app)
{
    private PracticeService Practice => app.Services.GetRequiredService<PracticeService>();

    [BrowserFact]
    public async Task A_round_times_the_answer_reveals_the_story_and_moves_on_after_the_rating()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("practice");
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true });
        await Assertions.Expect(start).ToBeEnabledAsync();

        await page.Locator("[data-category=conflict] input").CheckAsync();
        await Assertions.Expect(page.Locator(".question-meta")).ToContainTextAsync("Conflict with peers");
        var question = page.Locator(".question");
        var asked = (await question.TextContentAsync())!;
        var questionId = int.Parse((await question.GetAttributeAsync("data-question-id"))!, CultureInfo.InvariantCulture);
        var card = await Practice.CueCardAsync(questionId);
        Assert.True(card is not null, $"the seed has a story for \"{asked}\", the first conflict question asked");

        // Space right after ticking a category starts the timer rather than unticking the box.
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(start).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("[data-category=conflict] input")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Timer)).ToHaveTextAsync(TwoSecondsOrMore(), new() { Timeout = 10_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop", Exact = true }).ClickAsync();
        await Assertions.Expect(start).ToBeEnabledAsync();
        var stoppedAt = await page.GetByRole(AriaRole.Timer).TextContentAsync();

        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(page.Locator(".cue-card h3")).ToHaveTextAsync(card.Title);
        Assert.Equal(stoppedAt, await page.GetByRole(AriaRole.Timer).TextContentAsync());

        await page.Keyboard.PressAsync("3");

        await Assertions.Expect(question).Not.ToHaveTextAsync(asked);
        await Assertions.Expect(page.Locator(".question-meta")).ToContainTextAsync("Conflict with peers");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Saved: Good in {stoppedAt}");
        await Assertions.Expect(page.GetByRole(AriaRole.Timer)).ToHaveTextAsync("0:00");
        await Assertions.Expect(page.Locator(".question-history tbody tr").Filter(new() { HasText = asked })).ToContainTextAsync("Good");
        var history = Assert.Single(await Practice.QuestionHistoryAsync(), h => h.QuestionId == questionId);
        Assert.Equal(PracticeRating.Good, history.LastRating);
    }

    [GeneratedRegex(@"^(0:0[2-9]|0:[1-5]\d|[1-9]\d*:\d\d)$")]
    private static partial Regex TwoSecondsOrMore();
}
