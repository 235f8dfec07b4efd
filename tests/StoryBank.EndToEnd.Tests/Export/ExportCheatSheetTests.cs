using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Settings;

namespace StoryBank.EndToEnd.Tests.Export;

[Collection(AppGroup.Name)]
public sealed class ExportCheatSheetTests(AppFixture app)
{
    private SettingsService Settings => app.Services.GetRequiredService<SettingsService>();

    [BrowserFact]
    public async Task The_name_typed_on_the_export_page_is_remembered_for_the_next_visit()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("export");
        var name = page.GetByLabel("Your name on the sheet");
        await Assertions.Expect(name).ToBeEnabledAsync();

        await name.FillAsync("Jordan Lee");
        await name.PressAsync("Tab");

        await Assertions.Expect(page.Locator("#person-name-hint")).ToContainTextAsync("Saved");
        Assert.Equal("Jordan Lee", await Settings.PersonNameAsync());
        var again = await app.NewPageAsync();
        await again.GotoAsync("export");
        await Assertions.Expect(again.GetByLabel("Your name on the sheet")).ToHaveValueAsync("Jordan Lee");
        await Settings.SavePersonNameAsync(null);
    }
}
