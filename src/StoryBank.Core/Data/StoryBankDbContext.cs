using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Import;
using StoryBank.Core.Practice;
using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Data;

/// <summary>
/// The story bank in SQLite. Add a migration after changing the model, from the repository root:
/// <c>dotnet ef migrations add NAME --project src/StoryBank.Core --output-dir Data/Migrations</c>.
/// </summary>
public sealed class StoryBankDbContext(DbContextOptions<StoryBankDbContext> options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<PracticeAttempt> PracticeAttempts => Set<PracticeAttempt>();

    /// <summary>Imported stories the person deleted: re-importing their notes leaves these out.</summary>
    public DbSet<DeletedImport> DeletedImports => Set<DeletedImport>();

    /// <summary>Choices the person made once and StoryBank remembers, such as the name on the cheat sheet.</summary>
    public DbSet<Settings.Setting> Settings => Set<Settings.Setting>();

    /// <summary>Interviews to prepare for, each with its competencies.</summary>
    public DbSet<Target> Targets => Set<Target>();

    public DbSet<TargetCompetency> TargetCompetencies => Set<TargetCompetency>();

    /// <summary>The person's own competency models; the built-in ones are not stored.</summary>
    public DbSet<CompetencyModel> CompetencyModels => Set<CompetencyModel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StoryBankDbContext).Assembly);
        SectionTextFunctions.Register(modelBuilder);
    }
}
