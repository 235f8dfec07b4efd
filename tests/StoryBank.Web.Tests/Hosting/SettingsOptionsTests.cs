using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryBank.Core.Practice;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>The app's settings as it binds them at start-up (<c>StoryBankWebServiceCollectionExtensions</c>).</summary>
public sealed class SettingsOptionsTests
{
    [Fact]
    public async Task The_target_band_comes_from_the_settings()
    {
        await using var factory = new StoryBankWebApplicationFactory { SeedFolder = "" };
        var app = factory.WithWebHostBuilder(builder => builder
            .UseSetting("StoryBank:Practice:TargetMinSeconds", "60")
            .UseSetting("StoryBank:Practice:TargetMaxSeconds", "150"));

        var options = app.Services.GetRequiredService<PracticeService>().Options;

        Assert.Equal(TimeSpan.FromSeconds(60), options.TargetMin);
        Assert.Equal(TimeSpan.FromSeconds(150), options.TargetMax);
    }

    [Fact]
    public void A_target_band_whose_minimum_exceeds_its_maximum_is_refused_naming_the_setting()
    {
        // Program.cs reads these options before it touches the database and prints this message as its one line
        // (StartupTests runs the app as a process for that).
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["StoryBank:Practice:TargetMinSeconds"] = "120",
                ["StoryBank:Practice:TargetMaxSeconds"] = "90",
            })
            .Build();
        using var services = new ServiceCollection().AddStoryBankWeb(settings).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PracticeOptions>>().Value);

        Assert.Equal("StoryBank:Practice: the target band's minimum (120 s) exceeds its maximum (90 s)", error.Message);
    }
}
