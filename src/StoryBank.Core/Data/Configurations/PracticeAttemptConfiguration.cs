using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Practice;

namespace StoryBank.Core.Data.Configurations;

internal sealed class PracticeAttemptConfiguration : IEntityTypeConfiguration<PracticeAttempt>
{
    public void Configure(EntityTypeBuilder<PracticeAttempt> builder)
    {
        // SQLite would store a TimeSpan as text; whole milliseconds read well in the file and sort as numbers.
        builder.Property(a => a.Duration)
            .HasColumnName("DurationMilliseconds")
            .HasConversion(d => (long)Math.Round(d.TotalMilliseconds), ms => TimeSpan.FromMilliseconds(ms));

        // History belongs to the question; a deleted story leaves the attempt with no story rather than erasing it.
        builder.HasOne(a => a.Question)
            .WithMany()
            .HasForeignKey(a => a.QuestionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Story)
            .WithMany()
            .HasForeignKey(a => a.StoryId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(a => a.AttemptedAt);
        builder.HasIndex(a => new { a.QuestionId, a.AttemptedAt });
    }
}
