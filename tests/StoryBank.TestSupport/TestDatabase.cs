using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StoryBank.Core;
using StoryBank.Core.Data;

namespace StoryBank.TestSupport;

/// <summary>
/// A real SQLite file in a temporary folder, migrated, with Core's services over it and <see cref="TestClock"/> as
/// their clock. Deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TemporaryFolder _folder;

    private TestDatabase(TemporaryFolder folder, ServiceProvider services, string connectionString)
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
        var folder = new TemporaryFolder();
        var connectionString = StoryBankDatabase.ResolveConnectionString(Path.Combine(folder.Path, "storybank.db"), null, null);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(TestClock.At())
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
        _folder.Dispose();
    }
}
