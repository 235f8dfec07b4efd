using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Import;
using StoryBank.EndToEnd.Tests.Layout;

namespace StoryBank.EndToEnd.Tests.Import;

[Collection(AppGroup.Name)]
public sealed class ImportNotesTests(AppFixture app)
{
    // Read as written, "Teamwork" has text of its own, so it is a question like the two below it.
    private const string Notes = """
        ## Teamwork
        We work in pods of five.

        ### Tell me about a conflict with a coworker in the e2e pod
        **Situation:** Two teams wanted the same cluster.
        **Action:** I set up a meeting with both leads.

        ### Tell me about a time you helped a teammate in the e2e pod
        **Situation:** A new hire was stuck on the build.
        **Action:** I paired with her for a day.
        """;

    [BrowserFact]
    public async Task A_level_corrected_in_the_preview_changes_the_stories_and_is_remembered_by_the_import()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("import");
        var file = page.GetByLabel("Notes file");
        await Assertions.Expect(file).ToBeEnabledAsync();

        await file.SetInputFilesAsync(new FilePayload { Name = "e2e-roles.md", MimeType = "text/markdown", Buffer = Encoding.UTF8.GetBytes(Notes) });
        var questions = page.Locator("table.import-table tbody .question-text");
        await Assertions.Expect(questions).ToHaveCountAsync(3);

        await page.GetByLabel("Level-2 headings are:").SelectOptionAsync(nameof(BlockRole.Group));

        await Assertions.Expect(questions).ToHaveTextAsync(["Tell me about a conflict with a coworker in the e2e pod", "Tell me about a time you helped a teammate in the e2e pod"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".result .summary")).ToContainTextAsync("2 created");
        var saved = await app.Services.GetRequiredService<RoleChoicesStore>().LoadAsync("e2e-roles.md");
        Assert.Equal(BlockRole.Group, saved!.Levels["h2"]);
    }

    [BrowserFact]
    public async Task A_level_corrected_with_the_keyboard_alone_changes_the_preview_and_axe_finds_nothing()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("import");
        var file = page.GetByLabel("Notes file");
        await Assertions.Expect(file).ToBeEnabledAsync();
        await file.SetInputFilesAsync(new FilePayload { Name = "e2e-keyboard.md", MimeType = "text/markdown", Buffer = Encoding.UTF8.GetBytes(Notes.Replace("e2e pod", "keyboard pod", StringComparison.Ordinal)) });
        var questions = page.Locator("table.import-table tbody .question-text");
        await Assertions.Expect(questions).ToHaveCountAsync(3);

        // From the preview's heading, Tab to the level-2 control as a person would, then choose with the arrow keys.
        await page.Locator("#preview-heading").FocusAsync();
        for (var tabs = 0; tabs < 40 && await page.EvaluateAsync<string>("document.activeElement.id") != "role-level-h2"; tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("role-level-h2", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown");

        await Assertions.Expect(questions).ToHaveTextAsync(["Tell me about a conflict with a coworker in the keyboard pod", "Tell me about a time you helped a teammate in the keyboard pod"]);
        await Assertions.Expect(page.Locator("#role-level-h2")).ToHaveValueAsync(nameof(BlockRole.Group));
        await Axe.AssertNoViolationsAsync(page, "Import with a level corrected");

        await page.Keyboard.PressAsync("End");

        await Assertions.Expect(questions).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#role-level-h2")).ToHaveValueAsync(nameof(BlockRole.Meta));
        await Assertions.Expect(page.Locator("#role-level-h2")).ToBeFocusedAsync();
        await Axe.AssertNoViolationsAsync(page, "Import with a level left out");
    }
}
