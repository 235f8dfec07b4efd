using System.Text.Encodings.Web;
using System.Text.Json;

namespace StoryBank.Core.Targets;

/// <summary>A job description's match as JSON, for <c>storybank targets match --json</c> and the golden tests.</summary>
public static class JobDescriptionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // The description's own words, readable as written: quotes and dashes are not escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JobDescriptionMatch match) => JsonSerializer.Serialize(
        new
        {
            nothingRecognised = match.NothingRecognised,
            message = match.NothingRecognised ? JobDescriptionMatch.NothingRecognisedMessage : null,
            categories = match.Categories,
        },
        Options);
}
