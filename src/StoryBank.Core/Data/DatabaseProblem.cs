using Microsoft.Data.Sqlite;

namespace StoryBank.Core.Data;

/// <summary>
/// A database error said as one sentence: what is wrong with which file and what to do. The command line prints
/// <see cref="Message"/> and exits 1; the web app shows it instead of ending the circuit.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="FilePath">The database file.</param>
/// <param name="Message">One line for the person: the file, the problem, what to do.</param>
public sealed record DatabaseProblem(DatabaseProblemKind Kind, string FilePath, string Message)
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private const int Permission = 3;
    private const int Busy = 5;
    private const int TableLocked = 6;
    private const int ReadOnlyDatabase = 8;
    private const int InputOutput = 10;
    private const int Corruption = 11;
    private const int DiskFull = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>
    /// The problem behind <paramref name="exception"/> (or any exception it wraps, such as EF Core's
    /// <c>DbUpdateException</c>), or null when it is not one of the database file's troubles.
    /// </summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="filePath">The database file, for the message (<see cref="FileOf"/> gives it from a connection string).</param>
    public static DatabaseProblem? From(Exception exception, string filePath)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is DatabaseProblemException known)
            {
                return known.Problem;
            }

            if (inner is SqliteException sqlite && KindOf(sqlite.SqliteErrorCode) is { } kind)
            {
                // A full disk can also surface as a write or shared-memory I/O error, depending on which write failed.
                return Describe(kind == DatabaseProblemKind.Unreadable && DiskIsFull(filePath) ? DatabaseProblemKind.Full : kind, filePath);
            }
        }

        return null;
    }

    /// <summary>The sentence for <paramref name="kind"/> of trouble with <paramref name="filePath"/>.</summary>
    public static DatabaseProblem Describe(DatabaseProblemKind kind, string filePath) => new(kind, filePath, kind switch
    {
        DatabaseProblemKind.Corrupt => $"The database {filePath} is damaged, so nothing was written to it. Restore it from a backup (storybank restore BACKUP.json --db NEW.db), or move it aside to start a new one.",
        DatabaseProblemKind.ReadOnly => $"The database {filePath} cannot be written: it or its folder is read-only. Check the permissions of the file, its folder and the -wal and -shm files beside it.",
        DatabaseProblemKind.Locked => $"The database {filePath} is locked by another program (an import or restore still running, or a database tool). Close it or let it finish, then try again.",
        DatabaseProblemKind.Full => $"The disk holding the database {filePath} is full, so nothing was written. Free some space, then try again.",
        _ => $"The database {filePath} cannot be opened or read. Check that its folder exists and that you may read and write it; if the disk reports errors, restore the database from a backup.",
    });

    /// <summary>The file a connection string names, for <see cref="From"/>.</summary>
    public static string FileOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static bool DiskIsFull(string filePath)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(filePath));
            return folder is not null && new DriveInfo(folder).AvailableFreeSpace < 64 * 1024;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static DatabaseProblemKind? KindOf(int code) => code switch
    {
        Corruption or NotADatabase => DatabaseProblemKind.Corrupt,
        ReadOnlyDatabase or Permission => DatabaseProblemKind.ReadOnly,
        Busy or TableLocked => DatabaseProblemKind.Locked,
        DiskFull => DatabaseProblemKind.Full,
        CannotOpen or InputOutput => DatabaseProblemKind.Unreadable,
        _ => null,
    };
}
