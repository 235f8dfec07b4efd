using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Data.Configurations;

internal sealed class EditorDraftConfiguration : IEntityTypeConfiguration<EditorDraft>
{
    public void Configure(EntityTypeBuilder<EditorDraft> builder)
    {
        builder.ToTable("EditorDrafts");

        // A deleted story takes its draft with it. SQLite lets several rows have a null StoryId under a unique index;
        // EditorDraftService keeps the new story's draft single.
        builder.HasOne<Story>().WithMany().HasForeignKey(d => d.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.StoryId).IsUnique();
    }
}
