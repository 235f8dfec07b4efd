using StoryBank.Core.Export;

namespace StoryBank.Core.Tests.Export;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_complete_write_replaces_the_file_and_leaves_nothing_else_in_the_folder()
    {
        var path = Path.Combine(_folder.Path, "backup.json");
        await File.WriteAllTextAsync(path, "old");

        await AtomicFile.WriteAllBytesAsync(path, "new"u8.ToArray());

        Assert.Equal("new", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task A_writer_that_fails_halfway_leaves_the_previous_file_intact_and_no_temporary_file()
    {
        var path = Path.Combine(_folder.Path, "backup.json");
        await File.WriteAllTextAsync(path, "the good backup");

        var failure = await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(path, async (stream, token) =>
        {
            await stream.WriteAsync(new byte[100_000], token);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal("the good backup", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task A_cancelled_write_creates_no_file()
    {
        var path = Path.Combine(_folder.Path, "sheet.pdf");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            AtomicFile.WriteAsync(path, (stream, token) => stream.WriteAsync(new byte[10], token).AsTask(), cancel.Token));

        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task A_symbolic_link_keeps_pointing_at_the_file_it_named_which_gets_the_new_content()
    {
        var real = Path.Combine(_folder.Path, "real.md");
        var link = Path.Combine(_folder.Path, "link.md");
        await File.WriteAllTextAsync(real, "old");
        File.CreateSymbolicLink(link, real);

        await AtomicFile.WriteAllBytesAsync(link, "new"u8.ToArray());

        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.Equal("new", await File.ReadAllTextAsync(real));
    }

    [SkippableFact]
    public async Task On_a_really_full_disk_the_previous_file_stays_and_no_temporary_file_is_left()
    {
        using var disk = SmallDisk.TryMount(kilobytes: 256, out var reason);
        Skip.If(disk is null, reason);
        var path = Path.Combine(disk.Folder, "backup.json");
        var good = new string('g', 100_000);
        await File.WriteAllTextAsync(path, good);
        disk.Fill();

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAllBytesAsync(path, new byte[200_000]));

        Assert.Equal(good, await File.ReadAllTextAsync(path));
        Assert.Equal([path, Path.Combine(disk.Folder, "filler")], Directory.GetFiles(disk.Folder).Order());
    }
}
