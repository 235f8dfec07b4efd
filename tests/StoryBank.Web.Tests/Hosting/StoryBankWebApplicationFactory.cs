using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using StoryBank.Core.Data;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>The real web app over a fresh SQLite file in a temporary folder.</summary>
public class StoryBankWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _folder = new();

    public string DatabasePath => Path.Combine(_folder.Path, "storybank.db");

    /// <summary>
    /// The <c>StoryBank:SeedFolder</c> setting; by default the tests' own copy of the seed notes (<c>TestData/</c> beside
    /// the test assembly), never the repository's <c>seeds/</c>, which holds the person's notes and may change any day.
    /// </summary>
    public string SeedFolder { get; init; } = Path.Combine(AppContext.BaseDirectory, "TestData");

    /// <summary>The host environment; Development is what the README's <c>dotnet run</c> starts in.</summary>
    protected virtual string EnvironmentName => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{StoryBankDatabase.ConnectionStringName}", $"Data Source={DatabasePath}");
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("StoryBank:SeedFolder", SeedFolder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();

        GC.SuppressFinalize(this);
    }
}
