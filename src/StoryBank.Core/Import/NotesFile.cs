using System.Buffers;
using System.Text.Unicode;

namespace StoryBank.Core.Import;

/// <summary>Reads a notes file safely: size, text and encoding are checked before the importer sees a byte.</summary>
public static class NotesFile
{
    /// <summary>Notes larger than this are refused (5 MB).</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>Reads and parses a notes file.</summary>
    /// <exception cref="NotesImportException">The file is missing, too large, empty, binary, not UTF-8, or holds no question.</exception>
    public static async Task<NotesImport> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new NotesImportException($"{path}: no such file.");
        }

        CheckSize(name, file.Length);
        return Parse(await File.ReadAllBytesAsync(path, cancellationToken), name);
    }

    /// <summary>Checks and parses notes already in memory (an upload, say).</summary>
    /// <exception cref="NotesImportException">The bytes are too many, empty, binary, not UTF-8, or hold no question.</exception>
    public static NotesImport Parse(ReadOnlySpan<byte> bytes, string fileName)
    {
        CheckSize(fileName, bytes.Length);
        var text = Decode(bytes, fileName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new NotesImportException($"{fileName}: the file is empty; there is nothing to import.");
        }

        var import = NotesParser.Parse(text, fileName);
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

    private static string Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
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

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
