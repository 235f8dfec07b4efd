using Microsoft.Data.Sqlite;

namespace StoryBank.Core.Data;

/// <summary>Where the one database shared by the web app and the command line lives.</summary>
public static class StoryBankDatabase
{
    /// <summary>Environment variable holding a database file path.</summary>
    public const string EnvironmentVariable = "STORYBANK_DB";

    /// <summary>Name of the connection string (<c>ConnectionStrings:StoryBank</c>).</summary>
    public const string ConnectionStringName = "StoryBank";

    /// <summary><c>&lt;LocalApplicationData&gt;/StoryBank/storybank.db</c>.</summary>
    public static string DefaultPath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "StoryBank",
        "storybank.db");

    /// <summary>
    /// Picks the connection string: a path given on the command line, else the <see cref="EnvironmentVariable"/> path,
    /// else the configured connection string, else <see cref="DefaultPath"/>. Creates the file's folder when missing.
    /// </summary>
    public static string ResolveConnectionString(string? commandLinePath, string? environmentPath, string? configuredConnectionString)
    {
        SqliteConnectionStringBuilder builder;
        if (!string.IsNullOrWhiteSpace(commandLinePath))
        {
            builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(commandLinePath) };
        }
        else if (!string.IsNullOrWhiteSpace(environmentPath))
        {
            builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(environmentPath) };
        }
        else if (!string.IsNullOrWhiteSpace(configuredConnectionString))
        {
            builder = new SqliteConnectionStringBuilder(configuredConnectionString);
        }
        else
        {
            builder = new SqliteConnectionStringBuilder { DataSource = DefaultPath };
        }

        EnsureFolderExists(builder);
        return builder.ToString();
    }

    /// <summary>Reads the environment variable and resolves as <see cref="ResolveConnectionString(string?, string?, string?)"/> does.</summary>
    public static string ResolveConnectionString(string? commandLinePath, string? configuredConnectionString) =>
        ResolveConnectionString(commandLinePath, Environment.GetEnvironmentVariable(EnvironmentVariable), configuredConnectionString);

    private static void EnsureFolderExists(SqliteConnectionStringBuilder builder)
    {
        var isInMemory = builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource.Length == 0
            || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
        if (isInMemory)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
