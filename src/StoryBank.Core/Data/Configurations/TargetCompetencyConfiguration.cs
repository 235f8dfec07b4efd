using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Data.Configurations;

internal sealed class TargetCompetencyConfiguration : IEntityTypeConfiguration<TargetCompetency>
{
    public void Configure(EntityTypeBuilder<TargetCompetency> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(TargetService.MaxNameLength);
        builder.PrimitiveCollection(c => c.CategorySlugs);
        builder.PrimitiveCollection(c => c.Questions);

        // Only the link rows go when either side is deleted: a story never goes with a target.
        builder.HasMany(c => c.Stories)
            .WithMany()
            .UsingEntity("TargetCompetencyStories");
        builder.HasIndex(c => new { c.TargetId, c.SortOrder });
    }
}
