using System.Text;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class NotesFileTests
{
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
        Assert.Equal("a great team", story.Situation);
        Assert.Equal(2, story.Source.EndLine);
    }

    [Fact]
    public void A_list_nested_3000_deep_imports_without_overflowing_the_stack()
    {
        // "- - - … text" opens a list inside a list item on every marker: 3,000 levels on one line.
        var notes = $"## Tell me about a deep topic\n{string.Concat(Enumerable.Repeat("- ", 3000))}the bottom\n- back at the top\n";

        var import = NotesFile.Parse(Encoding.UTF8.GetBytes(notes), "deep.md");

        var story = Assert.Single(import.Stories);
        Assert.Contains("the bottom", story.Notes, StringComparison.Ordinal);
        Assert.Contains("back at the top", story.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_line_of_a_megabyte_imports()
    {
        var line = string.Concat(Enumerable.Repeat("we moved 3 services and I wrote the plan, ", 25_000));

        var import = NotesFile.Parse(Encoding.UTF8.GetBytes($"## Tell me about a migration\n{line}\n"), "long.md");

        var story = Assert.Single(import.Stories);
        Assert.Equal(line.TrimEnd().Length, story.Situation.Length + story.Action.Length + story.Role.Length + story.Outcome.Length + story.Notes.Length + story.Reflection.Length);
    }
}
