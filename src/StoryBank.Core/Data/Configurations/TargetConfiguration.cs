using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Data.Configurations;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.Company).HasMaxLength(TargetService.MaxNameLength);
        builder.Property(t => t.Role).HasMaxLength(TargetService.MaxNameLength);
        builder.Property(t => t.ModelName).HasMaxLength(TargetService.MaxNameLength);

        // The competencies belong to the target; the "Why" answers are stories of their own and outlive it.
        builder.HasMany(t => t.Competencies)
            .WithOne()
            .HasForeignKey(c => c.TargetId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.WhyCompanyStory)
            .WithMany()
            .HasForeignKey(t => t.WhyCompanyStoryId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(t => t.WhyRoleStory)
            .WithMany()
            .HasForeignKey(t => t.WhyRoleStoryId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
