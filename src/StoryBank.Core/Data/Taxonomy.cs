using System.Text.Json;
using System.Text.Json.Serialization;

namespace StoryBank.Core.Data;

/// <summary>The built-in question categories, read from the embedded copy of <c>taxonomy.json</c>.</summary>
public sealed class Taxonomy
{
    private static readonly Lazy<Taxonomy> BuiltInInstance = new(Load);

    [JsonPropertyName("categories")]
    public required IReadOnlyList<TaxonomyCategory> Categories { get; init; }

    public static Taxonomy BuiltIn => BuiltInInstance.Value;

    private static Taxonomy Load()
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream("StoryBank.Core.Data.taxonomy.json")
            ?? throw new InvalidOperationException("The embedded taxonomy.json is missing from StoryBank.Core.");
        return JsonSerializer.Deserialize<Taxonomy>(stream)
            ?? throw new InvalidOperationException("The embedded taxonomy.json is empty.");
    }
}
