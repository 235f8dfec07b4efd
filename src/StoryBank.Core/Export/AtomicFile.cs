namespace StoryBank.Core.Export;

/// <summary>
/// Writes a file all or nothing: the content goes to a temporary file in the same folder, which replaces the target
/// only once it is complete and flushed to disk. A failure (a full disk, a cancelled export) removes the temporary file
/// and leaves the previous file as it was, so a good backup is never replaced by half a one.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing the file only when it succeeds.</summary>
    /// <param name="path">The file to write; a symbolic link is followed, so the file it points to is replaced.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>; a cancelled write changes nothing.</param>
    /// <exception cref="IOException">The file could not be written (full disk, missing folder); the old file is untouched.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written; the old file is untouched.</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Target(path);

        // Same folder, so the final rename stays on one file system and is atomic; the dot hides it from listings.
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);

                // Without this the rename could reach the disk before the content does, and a power cut would leave an empty file.
                stream.Flush(flushToDisk: true);
            }

            KeepPermissions(target, temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> as <see cref="WriteAsync(string, Func{Stream, CancellationToken, Task}, CancellationToken)"/> does.</summary>
    public static Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(bytes, token).AsTask(), cancellationToken);

    private static string Target(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : full;
    }

    /// <summary>A replaced file keeps who may read it (a private backup stays private).</summary>
    private static void KeepPermissions(string target, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The original failure is what the person needs to hear about; a leftover hidden file is the lesser harm.
        }
    }
}
