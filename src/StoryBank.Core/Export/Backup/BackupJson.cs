using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export.Backup;

/// <summary>
/// The backup file as JSON: writes it, and reads it back in two steps (is it JSON and a backup of a known version, then
/// does every field hold what it should), each failure a <see cref="BackupFormatException"/> saying where.
/// </summary>
internal static class BackupJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,

        // The person's own words, readable as written: accents, quotes and arrows are not escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // A restore must reproduce the bank exactly, so a missing, unknown or null field is an error, not a default.
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = StarSectionsJson.Resolver,
    };

    /// <summary>Writes <paramref name="file"/>; the same file always gives the same bytes.</summary>
    public static Task WriteAsync(Stream output, BackupFile file, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(output, file, Options, cancellationToken);

    /// <summary>Reads the file in two steps: is it JSON and a backup of a known version, then does it hold what one should.</summary>
    public static async Task<BackupFile> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();

        try
        {
            using var document = JsonDocument.Parse(bytes);
            CheckHeader(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new BackupFormatException($"not JSON: {Reason(exception)}{Where(exception)}", exception);
        }

        try
        {
            return JsonSerializer.Deserialize<BackupFile>(bytes, Options)
                ?? throw new BackupFormatException("not a StoryBank backup: the file holds null.");
        }
        catch (JsonException exception)
        {
            var path = exception.Path is { Length: > 0 } p ? p + ": " : "";
            throw new BackupFormatException($"not a valid StoryBank backup: {path}{Reason(exception)}{Where(exception)}", exception);
        }
    }

    private static void CheckHeader(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format)
            || format.ValueKind != JsonValueKind.String
            || format.GetString() != BackupFile.FormatName)
        {
            throw new BackupFormatException($"not a StoryBank backup: it does not start with \"format\": \"{BackupFile.FormatName}\".");
        }

        if (!root.TryGetProperty("formatVersion", out var version) || !version.TryGetInt32(out var number))
        {
            throw new BackupFormatException("not a valid StoryBank backup: \"formatVersion\" is missing or not a whole number.");
        }

        if (number > BackupFile.CurrentVersion)
        {
            throw new BackupFormatException($"backup format version {number} is newer than this StoryBank can restore (up to {BackupFile.CurrentVersion}); update StoryBank first.");
        }

        if (number < 1)
        {
            throw new BackupFormatException($"backup format version {number} does not exist; the first is 1.");
        }
    }


    /// <summary>The exception's own explanation without the position details it appends and without our type names.</summary>
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        return message.Replace(typeof(BackupFile).Namespace + ".", "", StringComparison.Ordinal).Trim().TrimEnd('.');
    }

    private static string Where(JsonException exception) =>
        exception.LineNumber is { } line ? $" (line {line + 1}, position {exception.BytePositionInLine.GetValueOrDefault() + 1})." : ".";
}
