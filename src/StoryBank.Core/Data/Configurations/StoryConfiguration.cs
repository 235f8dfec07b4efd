using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Data.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(StoryLimits.TitleLength);
        builder.PrimitiveCollection(s => s.Metrics);
        builder.ComplexCollection(s => s.FollowUps, followUps => followUps.ToJson());
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.SourceFile).HasMaxLength(260);

        builder.HasOne(s => s.Category)
            .WithMany(c => c.Stories)
            .HasForeignKey(s => s.CategoryId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(s => s.Questions)
            .WithMany(q => q.Stories)
            .UsingEntity("StoryQuestions");

        builder.HasIndex(s => s.UpdatedAt);
        builder.Property(s => s.ImportKey).HasMaxLength(1_500);
        builder.HasIndex(s => s.ImportKey);
        builder.Property(s => s.ImportHash).HasMaxLength(64);
    }
}
