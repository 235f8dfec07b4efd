namespace StoryBank.Web;

/// <summary>What the app says about itself while starting.</summary>
internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Story bank database: {Database}")]
    public static partial void UsingDatabase(this ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported seed notes {File}: {Summary}")]
    public static partial void SeedImported(this ILogger logger, string file, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already holds stories; seed notes not imported")]
    public static partial void SeedSkipped(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed folder {Folder} not found; no notes imported")]
    public static partial void SeedFolderMissing(this ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed notes not imported: {Reason}")]
    public static partial void SeedFailed(this ILogger logger, string reason);
}
