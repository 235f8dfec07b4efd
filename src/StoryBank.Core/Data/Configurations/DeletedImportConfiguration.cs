using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Import;

namespace StoryBank.Core.Data.Configurations;

internal sealed class DeletedImportConfiguration : IEntityTypeConfiguration<DeletedImport>
{
    public void Configure(EntityTypeBuilder<DeletedImport> builder)
    {
        builder.HasKey(d => d.ImportKey);
        builder.Property(d => d.ImportKey).HasMaxLength(1_500);
    }
}
