using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Data.Configurations;

internal sealed class CompetencyModelConfiguration : IEntityTypeConfiguration<CompetencyModel>
{
    public void Configure(EntityTypeBuilder<CompetencyModel> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(TargetService.MaxNameLength);
        builder.HasIndex(m => m.Name).IsUnique();
        builder.ComplexCollection(m => m.Competencies, competencies =>
        {
            competencies.ToJson();
            competencies.PrimitiveCollection(c => c.CategorySlugs);
            competencies.PrimitiveCollection(c => c.Questions);
        });
    }
}
