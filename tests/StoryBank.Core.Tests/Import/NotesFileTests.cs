using System.Diagnostics;
using System.Text;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class NotesFileTests : IDisposable
{
    private const string Notes = "## Tell me about a conflict?\nIt was in Zürich: 😀 and naïve.\n";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Encodings() => ["utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Notes_in_UTF16_or_UTF32_with_a_byte_order_mark_are_read_as_that_encoding(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var path = Path.Combine(_folder.Path, "notes.md");
        await File.WriteAllBytesAsync(path, [.. encoding.Preamble, .. encoding.GetBytes(Notes)]);

        var import = await NotesFile.ReadAsync(path);

        var story = Assert.Single(import.Stories);
        Assert.Equal("Tell me about a conflict?", story.Question);
        Assert.Contains("It was in Zürich: 😀 and naïve.", story.Sections.Situation + story.Sections.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UTF16_mark_on_bytes_that_are_not_UTF16_is_refused_in_one_line()
    {
        // An unpaired high surrogate, then an odd trailing byte.
        var error = Assert.Throws<NotesImportException>(() => NotesFile.Parse([0xFF, 0xFE, 0x00, 0xD8, 0x41], "notes.md"));

        Assert.Equal("notes.md: the file starts with a UTF-16 byte-order mark but is not valid UTF-16 text; save it as UTF-8 and try again.", error.Message);
    }

    [Fact]
    public async Task A_link_to_dev_zero_is_refused_without_reading_it()
    {
        var link = Path.Combine(_folder.Path, "notes.md");
        File.CreateSymbolicLink(link, "/dev/zero");

        var error = await Assert.ThrowsAsync<NotesImportException>(() => NotesFile.ReadAsync(link));

        Assert.Equal($"{link}: not a notes file but a link to /dev/zero, which is a character device; give the path of a Markdown file.", error.Message);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_at_once_instead_of_waiting_for_a_writer()
    {
        var fifo = Path.Combine(_folder.Path, "notes.md");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening the pipe would block this thread forever; the timeout turns such a hang into a failure.
        var read = Task.Run(() => NotesFile.ReadAsync(fifo));
        var error = await Assert.ThrowsAsync<NotesImportException>(() => read.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal($"{fifo}: not a notes file but a named pipe (FIFO); give the path of a Markdown file.", error.Message);
    }

    [Fact]
    public async Task A_folder_is_refused_with_its_path()
    {
        var error = await Assert.ThrowsAsync<NotesImportException>(() => NotesFile.ReadAsync(_folder.Path));

        Assert.Equal($"{_folder.Path}: not a notes file but a folder; give the path of a Markdown file.", error.Message);
    }

    [Fact]
    public async Task A_file_over_the_limit_on_disk_is_refused_by_its_size()
    {
        var path = Path.Combine(_folder.Path, "huge.md");
        await using (var file = File.Create(path))
        {
            file.SetLength(NotesFile.MaxBytes * 3);
        }

        var error = await Assert.ThrowsAsync<NotesImportException>(() => NotesFile.ReadAsync(path));

        Assert.Equal("huge.md: the file is 15.0 MB; notes files can be at most 5 MB.", error.Message);
    }

    [Fact]
    public void An_empty_file_is_refused_with_its_name()
    {
        var error = Assert.Throws<NotesImportException>(() => NotesFile.Parse("  \n\n"u8, "notes.md"));

        Assert.Equal("notes.md: the file is empty; there is nothing to import.", error.Message);
    }

    [Fact]
    public void A_binary_file_is_refused_with_the_line_of_the_first_binary_byte()
    {
        var error = Assert.Throws<NotesImportException>(() => NotesFile.Parse("# Notes\nline two\n\0\x01\x02"u8, "photo.md"));

        Assert.StartsWith("photo.md:3: this is not a text file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_its_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("## Tell me about a conflict?\nIt was in Zürich.\n");

        var error = Assert.Throws<NotesImportException>(() => NotesFile.Parse(latin1, "notes.md"));

        Assert.StartsWith("notes.md:2: the file is not UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_5_megabytes_is_refused_with_its_size()
    {
        var bytes = new byte[(int)NotesFile.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)'a');

        var error = Assert.Throws<NotesImportException>(() => NotesFile.Parse(bytes, "huge.md"));

        Assert.Equal("huge.md: the file is 5.0 MB; notes files can be at most 5 MB.", error.Message);
    }

    [Fact]
    public void Notes_without_a_question_are_refused()
    {
        var error = Assert.Throws<NotesImportException>(() => NotesFile.Parse("Just some thoughts about work.\n"u8, "notes.md"));

        Assert.StartsWith("notes.md: no interview question found.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_endings_are_read_as_plain_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("## Why us?\r\nS: a great team\r\n")).ToArray();

        var story = Assert.Single(NotesFile.Parse(bytes, "notes.md").Stories);

        Assert.Equal("Why us?", story.Question);
        Assert.Equal("a great team", story.Sections.Situation);
        Assert.Equal(2, story.Source.EndLine);
    }

    [Fact]
    public void A_list_nested_3000_deep_imports_without_overflowing_the_stack()
    {
        // "- - - … text" opens a list inside a list item on every marker: 3,000 levels on one line.
        var notes = $"## Tell me about a deep topic\n{string.Concat(Enumerable.Repeat("- ", 3000))}the bottom\n- back at the top\n";

        var import = NotesFile.Parse(Encoding.UTF8.GetBytes(notes), "deep.md");

        // Which section the items land in is the list reading's business; here only that no word is lost.
        var story = Assert.Single(import.Stories);
        var text = string.Join("\n", story.Sections.Texts().Select(section => section.Text));
        Assert.Contains("the bottom", text, StringComparison.Ordinal);
        Assert.Contains("back at the top", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_line_of_a_megabyte_imports()
    {
        var line = string.Concat(Enumerable.Repeat("we moved 3 services and I wrote the plan, ", 25_000));

        var import = NotesFile.Parse(Encoding.UTF8.GetBytes($"## Tell me about a migration\n{line}\n"), "long.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal(line.TrimEnd().Length, story.Sections.Situation.Length + story.Sections.Action.Length + story.Sections.Role.Length + story.Sections.Outcome.Length + story.Sections.Notes.Length + story.Sections.Reflection.Length);
    }
}
