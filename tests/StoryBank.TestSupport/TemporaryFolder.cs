using Microsoft.Data.Sqlite;

namespace StoryBank.TestSupport;

/// <summary>
/// A new, empty folder under the system's temporary folder, deleted with everything in it on dispose (once: disposing
/// again does nothing).
/// </summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "storybank-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        // A pooled connection keeps a database file in the folder open, and an open file cannot be deleted on Windows.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
