using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(1_000);
        builder.PrimitiveCollection(q => q.Variants);
        builder.HasOne(q => q.Category)
            .WithMany(c => c.Questions)
            .HasForeignKey(q => q.CategoryId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(q => q.Text);

        builder.HasData(Taxonomy.BuiltIn.Categories
            .SelectMany((c, categoryIndex) => c.Questions.Select(text => (Text: text, CategoryId: categoryIndex + 1)))
            .Select((q, index) => new
            {
                Id = index + 1,
                q.Text,
                Variants = new List<string>(),
                CategoryId = (int?)q.CategoryId,
                IsCanonical = true,
            }));
    }
}
