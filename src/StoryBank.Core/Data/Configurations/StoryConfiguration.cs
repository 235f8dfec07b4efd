using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Data.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(StoryLimits.TitleLength);

        // The sections keep the columns they had as six properties of the story ("Situation", not "Sections_Situation"):
        // the search index's triggers and every existing database read them by those names.
        builder.ComplexProperty(s => s.Sections, sections =>
        {
            foreach (var section in StarSections.All)
            {
                sections.Property<string>(section.ToString()).HasColumnName(section.ToString());
            }
        });
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
