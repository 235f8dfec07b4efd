using System.Text.Json.Serialization;

namespace StoryBank.Core.Data;

/// <summary>One category as <c>taxonomy.json</c> describes it.</summary>
public sealed class TaxonomyCategory
{
    [JsonPropertyName("slug")]
    public required string Slug { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("cues")]
    public IReadOnlyList<string> Cues { get; init; } = [];

    [JsonPropertyName("amazon")]
    public IReadOnlyList<string> AmazonPrinciples { get; init; } = [];

    [JsonPropertyName("meta")]
    public IReadOnlyList<string> MetaSignals { get; init; } = [];

    [JsonPropertyName("questions")]
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>The taxonomy has no prose description, so it names the related interview signals instead.</summary>
    public string Description =>
        $"Amazon Leadership Principles: {string.Join(", ", AmazonPrinciples)}. Meta signal areas: {string.Join(", ", MetaSignals)}.";
}
