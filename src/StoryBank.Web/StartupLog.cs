namespace StoryBank.Web;

/// <summary>What the app says about itself while starting.</summary>
internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Story bank database: {Database}")]
    public static partial void UsingDatabase(this ILogger logger, string database);
}
