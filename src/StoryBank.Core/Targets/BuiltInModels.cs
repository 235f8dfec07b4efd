using StoryBank.Core.Data;

namespace StoryBank.Core.Targets;

/// <summary>
/// The models every database has, read from the taxonomy: each Amazon Leadership Principle and each Meta signal area
/// the taxonomy names becomes a competency mapped to the categories that name it; the generic model is the categories.
/// </summary>
public static class BuiltInModels
{
    public const string AmazonName = "Amazon Leadership Principles";

    public const string MetaName = "Meta signals";

    public const string GenericName = "Generic";

    public static IReadOnlyList<CompetencyModelInfo> All { get; } = Build(Taxonomy.BuiltIn);

    internal static IReadOnlyList<CompetencyModelInfo> Build(Taxonomy taxonomy) =>
    [
        new(null, AmazonName, Grouped(taxonomy, c => c.AmazonPrinciples)),
        new(null, MetaName, Grouped(taxonomy, c => c.MetaSignals)),
        new(null, GenericName, [.. taxonomy.Categories.Select(c => new CompetencyDefinition { Name = c.Name, CategorySlugs = [c.Slug] })]),
    ];

    /// <summary>Competencies in the order the taxonomy first names them, each with every category naming it.</summary>
    private static List<CompetencyDefinition> Grouped(Taxonomy taxonomy, Func<TaxonomyCategory, IReadOnlyList<string>> names) =>
        [.. taxonomy.Categories
            .SelectMany(c => names(c).Select(name => (name, c.Slug)))
            .GroupBy(pair => pair.name, StringComparer.Ordinal)
            .Select(g => new CompetencyDefinition { Name = g.Key, CategorySlugs = [.. g.Select(pair => pair.Slug).Distinct()] })];
}
