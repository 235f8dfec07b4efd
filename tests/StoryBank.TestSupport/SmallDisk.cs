using System.Diagnostics;

namespace StoryBank.TestSupport;

/// <summary>
/// A small tmpfs mounted for one test, so a full disk is real and not simulated. Only root can mount one, so tests
/// using it skip (with the reason) elsewhere. Unmounted and removed on dispose.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/>, or says why it cannot.</summary>
    public static SmallDisk? TryMount(int kilobytes, out string reason)
    {
        reason = "";
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            reason = "a real full disk needs a tmpfs mount, which needs root on Linux";
            return null;
        }

        var folder = Path.Combine(Path.GetTempPath(), "storybank-tests", "disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (exitCode, error) = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        if (exitCode != 0)
        {
            Directory.Delete(folder);
            reason = $"mount -t tmpfs failed here: {error.Trim()}";
            return null;
        }

        return new SmallDisk(folder);
    }

    /// <summary>Takes every free byte with a filler file.</summary>
    public void Fill()
    {
        // Unbuffered, so the failing write is the last one and closing the file writes nothing more.
        using var filler = new FileStream(Path.Combine(Folder, "filler"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException)
        {
            // Full: that was the point.
        }
    }

    public void Dispose()
    {
        // A file still open on it (a pooled database connection) makes a plain umount fail; detach it anyway.
        if (Run("umount", Folder).ExitCode != 0)
        {
            Run("umount", "--lazy", Folder);
        }

        Directory.Delete(Folder, recursive: true);
    }

    private static (int ExitCode, string Error) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
