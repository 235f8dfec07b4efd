using Microsoft.Playwright;

namespace StoryBank.EndToEnd.Tests.Layout;

[Collection(AppGroup.Name)]
public sealed class NavMenuTests(AppFixture app)
{
    [BrowserFact]
    public async Task On_a_narrow_screen_choosing_a_page_closes_the_menu()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(400, 800);
        await page.GotoAsync("", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var toggler = page.Locator(".navbar-toggler");

        await toggler.CheckAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gaps", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/gaps");
        await Assertions.Expect(toggler).Not.ToBeCheckedAsync();
    }
}
