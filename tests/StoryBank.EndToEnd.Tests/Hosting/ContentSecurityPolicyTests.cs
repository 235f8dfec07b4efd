using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Stories;

namespace StoryBank.EndToEnd.Tests.Hosting;

/// <summary>Every page works under the app's Content-Security-Policy: Chromium reports no violation and the circuit connects.</summary>
[Collection(AppGroup.Name)]
public sealed class ContentSecurityPolicyTests(AppFixture app)
{
    [BrowserFact]
    public async Task Every_page_loads_and_turns_interactive_without_a_policy_violation()
    {
        var story = await app.Services.GetRequiredService<StoryService>().CreateAsync(new StoryDraft
        {
            Title = "Policy check",
            Sections = new() { Situation = "Some **bold** text and a [link](https://example.com)." },
            Questions = ["Tell me about a policy?"],
        });
        var page = await app.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: {error}");

        var home = await page.GotoAsync("");
        Assert.Contains("script-src 'self' 'nonce-", await home!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        foreach (var address in new[] { "gaps", "import", "export", "practice", $"stories/{story.Id}" })
        {
            await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.NetworkIdle });
        }

        // Controls turn on only once the circuit's WebSocket is up and the page has rendered through it.
        await page.GotoAsync("stories");
        await Assertions.Expect(page.GetByLabel("Search")).ToBeEnabledAsync();
        await page.GotoAsync($"stories/{story.Id}/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToBeEnabledAsync();
        await page.GotoAsync("", new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Empty(problems);
    }
}
