using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Import;

namespace StoryBank.Core.Data.Configurations;

internal sealed class ImportRoleChoicesConfiguration : IEntityTypeConfiguration<ImportRoleChoices>
{
    public void Configure(EntityTypeBuilder<ImportRoleChoices> builder)
    {
        builder.ToTable("ImportRoleChoices");
        builder.HasKey(c => c.FileName);
        builder.Property(c => c.FileName).HasMaxLength(1_000);
    }
}
