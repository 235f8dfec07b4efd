using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Targets;
using StoryBank.EndToEnd.Tests.Layout;

namespace StoryBank.EndToEnd.Tests.Targets;

[Collection(AppGroup.Name)]
public sealed class TargetsTests(AppFixture app)
{
    private const string Description = "Support lead\n\nRequirements:\n- Obsess over every customer.\n- Dig for the root cause of every bug.\n";

    private TargetService Targets => app.Services.GetRequiredService<TargetService>();

    [BrowserFact]
    public async Task A_target_added_with_the_keyboard_alone_takes_its_competencies_from_a_job_description()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("targets");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add target" })).ToBeEnabledAsync();
        await Axe.AssertNoViolationsAsync(page, "Targets");

        await TabToAsync(page, "target-company");
        await page.Keyboard.TypeAsync("Initrode");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Support lead");
        await TabToAsync(page, "target-model");
        // A closed select takes the option whose name starts with the letter typed.
        await page.Keyboard.TypeAsync("A");
        await Assertions.Expect(page.GetByLabel("Competency model")).ToHaveValueAsync(BuiltInModels.AmazonName);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/targets/*");
        var id = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Initrode — Support lead");
            await Assertions.Expect(page.Locator(".why li").First).ToContainTextAsync("Why Initrode?");

            await TabToAsync(page, "jd-text");
            await page.Keyboard.InsertTextAsync(Description);
            var find = page.GetByRole(AriaRole.Button, new() { Name = "Find competencies" });
            await Assertions.Expect(find).ToBeEnabledAsync();
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");

            var proposals = page.Locator(".proposal");
            await Assertions.Expect(proposals).ToHaveCountAsync(3);
            await Assertions.Expect(proposals.First).ToContainTextAsync("Obsess over every customer.");
            await Axe.AssertNoViolationsAsync(page, "a target's proposed competencies");

            // Keep "Customer Obsession" only: Space unticks the other two on the way to the button.
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Space");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Space");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(page.Locator(".competency")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".competency h3")).ToContainTextAsync("Customer Obsession");
            Assert.Equal(["Customer Obsession"], (await Targets.GetAsync(id))!.Competencies.Select(c => c.Name));
            await Axe.AssertNoViolationsAsync(page, "a target's coverage");
        }
        finally
        {
            await Targets.RemoveAsync(id);
        }
    }

    /// <summary>Presses Tab until the element with this id has the focus, as someone without a mouse would.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < 80; i++)
        {
            if (await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.id") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}.");
    }
}
