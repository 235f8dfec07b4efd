using Microsoft.Data.Sqlite;
using StoryBank.Core.Data;

namespace StoryBank.Core.Tests.Data;

public sealed class StoryBankDatabaseTests
{
    private static string DataSource(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    [Fact]
    public void The_command_line_path_wins_over_everything()
    {
        var folder = TempFolder();
        var chosen = DataSource(StoryBankDatabase.ResolveConnectionString(
            Path.Combine(folder, "cli.db"), Path.Combine(folder, "env.db"), $"Data Source={Path.Combine(folder, "config.db")}"));

        Assert.Equal(Path.Combine(folder, "cli.db"), chosen);
    }

    [Fact]
    public void The_environment_variable_wins_over_the_connection_string()
    {
        var folder = TempFolder();
        var chosen = DataSource(StoryBankDatabase.ResolveConnectionString(
            null, Path.Combine(folder, "env.db"), $"Data Source={Path.Combine(folder, "config.db")}"));

        Assert.Equal(Path.Combine(folder, "env.db"), chosen);
    }

    [Fact]
    public void The_connection_string_wins_over_the_default()
    {
        var folder = TempFolder();
        var chosen = DataSource(StoryBankDatabase.ResolveConnectionString(null, "", $"Data Source={Path.Combine(folder, "config.db")}"));

        Assert.Equal(Path.Combine(folder, "config.db"), chosen);
    }

    [Fact]
    public void Without_any_setting_the_default_under_local_application_data_is_used()
    {
        var chosen = DataSource(StoryBankDatabase.ResolveConnectionString(null, null, null));

        Assert.Equal(StoryBankDatabase.DefaultPath, chosen);
        Assert.EndsWith(Path.Combine("StoryBank", "storybank.db"), chosen, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_created()
    {
        var folder = Path.Combine(TempFolder(), "not", "yet");

        StoryBankDatabase.ResolveConnectionString(Path.Combine(folder, "storybank.db"), null, null);

        Assert.True(Directory.Exists(folder));
    }

    private static string TempFolder() => Path.Combine(Path.GetTempPath(), "storybank-tests", Guid.NewGuid().ToString("N"));
}
