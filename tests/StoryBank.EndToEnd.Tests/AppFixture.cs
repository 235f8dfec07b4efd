using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StoryBank.Core.Data;

namespace StoryBank.EndToEnd.Tests;

/// <summary>
/// The real app on Kestrel at a free localhost port, over a temporary database holding the seed notes, and the Debian
/// Chromium driven by Playwright. No browser is ever downloaded: the fixture uses <c>CHROME_PATH</c> or <c>/usr/bin/chromium</c>.
/// </summary>
public sealed class AppFixture : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private AppFactory? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason() is not null)
        {
            // Every test is skipped with the reason; starting the app would be wasted.
            return;
        }

        var chromium = Chromium.Find() ?? throw new InvalidOperationException(Chromium.MissingMessage);
        _app = new AppFactory(Path.Combine(_folder.Path, "storybank.db"));
        _app.UseKestrel(0);
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The test server reports no address.");
        var address = addresses.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Root in CI, and a closed network: no sandbox, no background calls home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public void Dispose() => _app?.Dispose();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }

    /// <summary>A fresh browser page whose relative addresses resolve against the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    private sealed class AppFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting($"ConnectionStrings:{StoryBankDatabase.ConnectionStringName}", $"Data Source={databasePath}");
            builder.UseEnvironment("Testing");

            // The tests' own copy of the seed notes, not the person's seeds/ (which may change any day).
            builder.UseSetting("StoryBank:SeedFolder", Path.Combine(AppContext.BaseDirectory, "TestData"));

            // blazor.web.js and the CSS come from the project's static web assets, which only Development maps by itself.
            builder.UseStaticWebAssets();
        }
    }
}
