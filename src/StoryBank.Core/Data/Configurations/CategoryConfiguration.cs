using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(60);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.Property(c => c.Description).HasMaxLength(2_000);
        builder.PrimitiveCollection(c => c.Cues);

        // Seeded in the migration so every new database, however it is created, has the taxonomy.
        builder.HasData(Taxonomy.BuiltIn.Categories.Select((c, index) => new
        {
            Id = index + 1,
            c.Slug,
            c.Name,
            c.Description,
            SortOrder = index + 1,
            Cues = c.Cues.ToList(),
        }));
    }
}
