using StoryBank.Core.Data;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Tests.Targets;

public sealed class BuiltInModelsTests
{
    [Fact]
    public void Each_amazon_principle_in_the_taxonomy_maps_to_every_category_naming_it()
    {
        var amazon = BuiltInModels.All.Single(m => m.Name == BuiltInModels.AmazonName);

        Assert.Equal(["conflict", "feedback", "failure", "influence"], amazon.Competencies.Single(c => c.Name == "Earn Trust").CategorySlugs);
        Assert.Equal(
            Taxonomy.BuiltIn.Categories.SelectMany(c => c.AmazonPrinciples).Distinct().Order(StringComparer.Ordinal),
            amazon.Competencies.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Meta_signals_and_the_generic_model_come_from_the_taxonomy_too()
    {
        var meta = BuiltInModels.All.Single(m => m.Name == BuiltInModels.MetaName);
        var generic = BuiltInModels.All.Single(m => m.Name == BuiltInModels.GenericName);

        Assert.Equal(["conflict", "disagreement"], meta.Competencies.Single(c => c.Name == "Resolving Conflicts").CategorySlugs);
        Assert.Equal(Taxonomy.BuiltIn.Categories.Select(c => c.Slug), generic.Competencies.Select(c => c.CategorySlugs.Single()));
        Assert.All(BuiltInModels.All, m => Assert.True(m.IsBuiltIn));
    }
}
