using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StoryBank.Core.Data;

namespace StoryBank.Core.Tests;

/// <summary>A real SQLite file in a temporary folder, migrated, with Core's services over it. Deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private TestDatabase(string folder, ServiceProvider services, string connectionString)
    {
        _folder = folder;
        Services = services;
        ConnectionString = connectionString;
    }

    public ServiceProvider Services { get; }

    public string ConnectionString { get; }

    public string FilePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "storybank-tests", Guid.NewGuid().ToString("N"));
        var connectionString = StoryBankDatabase.ResolveConnectionString(Path.Combine(folder, "storybank.db"), null, null);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)))
            .AddStoryBankCore(connectionString)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return new TestDatabase(folder, services, connectionString);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
