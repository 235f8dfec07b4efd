using StoryBank.Core;
using StoryBank.Core.Data;

namespace StoryBank.Web;

/// <summary>Everything the web app registers: Core over the chosen database, and Blazor Server.</summary>
public static class StoryBankWebServiceCollectionExtensions
{
    public static IServiceCollection AddStoryBankWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = StoryBankDatabase.ResolveConnectionString(
            commandLinePath: null,
            configuredConnectionString: configuration.GetConnectionString(StoryBankDatabase.ConnectionStringName));
        services.AddStoryBankCore(connectionString);
        services.AddRazorComponents().AddInteractiveServerComponents();
        return services;
    }
}
