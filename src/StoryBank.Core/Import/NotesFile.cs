using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace StoryBank.Core.Import;

/// <summary>
/// Reads a notes file safely: only a regular file, never more than <see cref="MaxBytes"/> of it, and text in UTF-8 or,
/// when a byte-order mark says so, UTF-16 or UTF-32; all of it checked before the importer sees a character.
/// </summary>
public static class NotesFile
{
    /// <summary>Notes larger than this are refused (5 MB).</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>Reads and parses a notes file.</summary>
    /// <exception cref="NotesImportException">
    /// The file is missing, not a regular file (a folder, a named pipe, a device), too large, empty, binary, not text,
    /// or holds no story.
    /// </exception>
    public static Task<NotesImport> ReadAsync(string path, CancellationToken cancellationToken = default) => ReadAsync(path, null, cancellationToken);

    /// <summary>
    /// <see cref="ReadAsync(string, CancellationToken)"/> with the person's corrections of the roles: whether the notes
    /// hold a story is decided with them, so corrections can make a file importable.
    /// </summary>
    public static async Task<NotesImport> ReadAsync(string path, RoleChoices? choices, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        if (RegularFile.WhatElse(path) is { } other)
        {
            var link = File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target ? $"a link to {target.FullName}, which is " : "";
            throw new NotesImportException($"{path}: not a notes file but {link}{other}; give the path of a Markdown file.");
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new NotesImportException($"{path}: no such file.");
        }

        CheckSize(name, file.Length);
        using var content = await ReadAtMostAsync(path, MaxBytes + 1, file.Length, cancellationToken);
        return Parse(content.GetBuffer().AsSpan(0, (int)content.Length), name, choices);
    }

    /// <summary>Checks and parses notes already in memory (an upload, say).</summary>
    /// <exception cref="NotesImportException">The bytes are too many, empty, binary, not text, nested too deeply, or hold no story.</exception>
    public static NotesImport Parse(ReadOnlySpan<byte> bytes, string fileName) => Parse(bytes, fileName, null);

    /// <summary><see cref="Parse(ReadOnlySpan{byte}, string)"/> with the person's corrections of the roles.</summary>
    public static NotesImport Parse(ReadOnlySpan<byte> bytes, string fileName, RoleChoices? choices)
    {
        CheckSize(fileName, bytes.Length);
        var text = Decode(bytes, fileName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new NotesImportException($"{fileName}: the file is empty; there is nothing to import.");
        }

        NotesImport import;
        try
        {
            import = choices is null ? NotesParser.Parse(text, fileName) : NotesParser.Parse(text, fileName, choices);
        }
        catch (Exception exception) when (exception is MarkdownTooDeepException or InsufficientExecutionStackException)
        {
            // The parser flattens deep nesting it recognises; whatever still defeats Markdig is refused in one line.
            throw new NotesImportException(
                $"{fileName}: lists or quotes are nested too deeply to read (more than {DeepNesting.MaxDepth} levels); flatten them and try again.");
        }

        if (import.Stories.Count == 0)
        {
            throw new NotesImportException(
                $"{fileName}: no interview question found. Write each question as a heading (\"## Tell me about a conflict\"), a list item ending in \"?\" or a \"Q:\" line.");
        }

        return import;
    }

    /// <summary>Says in words how big a file is: "6.2 MB".</summary>
    public static string DescribeSize(long bytes) =>
        bytes >= 1024 * 1024 ? FormattableString.Invariant($"{bytes / (1024.0 * 1024.0):0.0} MB") : FormattableString.Invariant($"{Math.Max(1, bytes / 1024)} KB");

    private static void CheckSize(string fileName, long length)
    {
        if (length > MaxBytes)
        {
            throw new NotesImportException($"{fileName}: the file is {DescribeSize(length)}; notes files can be at most 5 MB.");
        }
    }

    /// <summary>Never more than <paramref name="limit"/> bytes, whatever the file claims or becomes while it is read.</summary>
    private static async Task<MemoryStream> ReadAtMostAsync(string path, long limit, long expected, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var content = new MemoryStream((int)Math.Min(limit, expected + 1));
        var chunk = new byte[64 * 1024];
        int read;
        while (content.Length < limit
            && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - content.Length)), cancellationToken)) > 0)
        {
            content.Write(chunk, 0, read);
        }

        return content;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        var (encoding, name, preamble) = WideEncoding(bytes);
        if (encoding is not null)
        {
            return DecodeWide(bytes[preamble..], encoding, name, fileName);
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new NotesImportException($"{fileName}:{LineAt(bytes, nul)}: this is not a text file (it contains binary data).");
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.InvalidData)
        {
            throw new NotesImportException(
                $"{fileName}:{LineAt(bytes, bytesRead)}: the file is not UTF-8 text (byte 0x{bytes[bytesRead]:X2} at offset {bytesRead}); save it as UTF-8 and try again.");
        }

        if (status == OperationStatus.NeedMoreData)
        {
            throw new NotesImportException($"{fileName}:{LineAt(bytes, bytesRead)}: the file ends in the middle of a UTF-8 character; save it as UTF-8 and try again.");
        }

        return new string(chars, 0, charsWritten);
    }

    /// <summary>The encoding a byte-order mark names (UTF-32 first: its little-endian mark starts like UTF-16's).</summary>
    private static (Encoding? Encoding, string Name, int Preamble) WideEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32", 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32", 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16", 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16", 2),
        _ => (null, "", 0),
    };

    private static string DecodeWide(ReadOnlySpan<byte> bytes, Encoding encoding, string name, string fileName)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new NotesImportException($"{fileName}: the file starts with a {name} byte-order mark but is not valid {name} text; save it as UTF-8 and try again.");
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new NotesImportException($"{fileName}:{text.AsSpan(0, nul).Count('\n') + 1}: this is not a text file (it contains binary data).");
        }

        return text;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
