using StoryBank.Core;
using StoryBank.Core.Data;
using StoryBank.Core.Practice;
using StoryBank.Core.Stories;

namespace StoryBank.Web;

/// <summary>Everything the web app registers: Core over the chosen database, and Blazor Server.</summary>
public static class StoryBankWebServiceCollectionExtensions
{
    // SignalR's default 32 KB is smaller than one keystroke in a long field: an input event carries the field's whole
    // text twice (the event's value and the bound field's value), and most scripts take 2–3 bytes a character in UTF-8.
    // A message over the limit closes the circuit without a word and the typing is lost, so allow a field at twice its
    // limit in 3-byte characters (about 300 KB): a paste past the limit still reaches the validator and its message.
    private const long MaximumReceiveMessageSize = (2 * 3 * 2 * StoryLimits.SectionLength) + (64 * 1024);

    public static IServiceCollection AddStoryBankWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = StoryBankDatabase.ResolveConnectionString(
            commandLinePath: null,
            configuredConnectionString: configuration.GetConnectionString(StoryBankDatabase.ConnectionStringName));
        services.AddStoryBankCore(connectionString);

        // Bound here, checked before the app serves anything: a bad setting stops the start with a message naming it.
        services.AddOptions<StoryBankOptions>().Bind(configuration.GetSection(StoryBankOptions.SectionName)).ValidateOnStart();
        services.AddOptions<PracticeOptions>().Bind(configuration.GetSection(PracticeOptions.SectionName)).ValidateOnStart();
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = MaximumReceiveMessageSize);
        return services;
    }
}
