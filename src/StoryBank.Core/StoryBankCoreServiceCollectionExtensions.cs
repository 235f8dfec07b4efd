using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StoryBank.Core.Coaching;
using StoryBank.Core.Data;
using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Core.Practice;
using StoryBank.Core.Stories;

namespace StoryBank.Core;

/// <summary>Registers everything Core offers to the web app and the command line.</summary>
public static class StoryBankCoreServiceCollectionExtensions
{
    /// <summary>Adds the database (one context per operation) and the Core services.</summary>
    /// <param name="services">The container.</param>
    /// <param name="connectionString">An SQLite connection string, usually from <see cref="StoryBankDatabase.ResolveConnectionString(string?, string?)"/>.</param>
    public static IServiceCollection AddStoryBankCore(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<StoryBankDbContext>(options => options.UseSqlite(connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new DatabaseFile(DatabaseProblem.FileOf(connectionString)));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<IValidator<StoryDraft>, StoryValidator>();
        services.AddSingleton<StoryService>();
        services.AddSingleton<EditorDraftService>();
        services.AddSingleton<CategoryService>();
        services.AddSingleton<StorySearch>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<RoleChoicesStore>();
        services.AddSingleton<SeedImporter>();
        services.AddSingleton<CoachingService>();
        services.AddSingleton<Fill.FillService>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<Export.Backup.BackupService>();
        // Options default when nothing binds them (the command line); the validator runs whoever reads them.
        services.AddOptions<StoryBankOptions>();
        services.AddOptions<PracticeOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PracticeOptions>, PracticeOptionsValidator>());
        services.AddSingleton<PracticeService>();
        services.AddSingleton<Settings.SettingsService>();
        services.AddSingleton<Targets.TargetService>();
        services.AddSingleton<Targets.TargetCoverageService>();
        return services;
    }
}
