using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;

namespace StoryBank.Core.Targets;

/// <summary>
/// Targets (an interview to prepare for) and competency models, one operation per call over its own context. For pages
/// and the command line: <see cref="ModelsAsync"/>, <see cref="SaveModelAsync"/>, <see cref="RemoveModelAsync"/>,
/// <see cref="ListAsync"/>, <see cref="FindAsync"/>, <see cref="GetAsync"/>, <see cref="AddAsync"/>,
/// <see cref="SetCompetenciesAsync"/>, <see cref="PickStoriesAsync"/>, <see cref="PracticeFilterAsync"/>, <see cref="RemoveAsync"/>. Bad input throws
/// <see cref="ArgumentException"/> with a sentence to show as it is; nothing is written then.
/// </summary>
public sealed class TargetService(IDbContextFactory<StoryBankDbContext> contexts, TimeProvider clock)
{
    /// <summary>The longest company, role, model or competency name kept.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The built-in models, then the person's own by name.</summary>
    public async Task<IReadOnlyList<CompetencyModelInfo>> ModelsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.CompetencyModels.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        return [.. BuiltInModels.All, .. saved.Select(m => new CompetencyModelInfo(m.Id, m.Name, m.Competencies))];
    }

    /// <summary>Saves the person's own model (a new one, or the saved one of that name replaced); returns its id.</summary>
    /// <exception cref="ArgumentException">No name, a built-in name, no competencies, or a competency without a name or a known category.</exception>
    public async Task<int> SaveModelAsync(string name, IReadOnlyList<CompetencyDefinition> competencies, CancellationToken cancellationToken = default)
    {
        var modelName = Name(name, "model name");
        if (BuiltInModels.All.Any(m => string.Equals(m.Name, modelName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"\"{modelName}\" is a built-in model; give yours another name.", nameof(name));
        }

        if (competencies.Count == 0)
        {
            throw new ArgumentException("A model needs at least one competency.", nameof(competencies));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var slugs = await db.Categories.Select(c => c.Slug).ToListAsync(cancellationToken);
        var cleaned = competencies.Select(c => Checked(c, slugs)).ToList();
        var existing = await db.CompetencyModels.FirstOrDefaultAsync(m => m.Name == modelName, cancellationToken);
        if (existing is null)
        {
            existing = new CompetencyModel { Name = modelName };
            db.CompetencyModels.Add(existing);
        }

        existing.Competencies = cleaned;
        await db.SaveChangesAsync(cancellationToken);
        return existing.Id;
    }

    /// <summary>Deletes a saved model; targets made from it keep their competencies. False when there was none.</summary>
    public async Task<bool> RemoveModelAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CompetencyModels.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Every target, the next interview first, then those without a date by company.</summary>
    public async Task<IReadOnlyList<TargetSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Select(t => new TargetSummary(t.Id, t.Company, t.Role, t.InterviewDate, t.ModelName, t.Competencies.Count))
            .ToListAsync(cancellationToken);
        return [.. targets
            .OrderBy(t => t.InterviewDate is null)
            .ThenBy(t => t.InterviewDate)
            .ThenBy(t => t.Company, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Role, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Id)];
    }

    /// <summary>
    /// The targets a name given on the command line means: its id, else those whose company or title ("Company — Role")
    /// is the name, case aside. More than one means the name is ambiguous.
    /// </summary>
    public async Task<IReadOnlyList<TargetSummary>> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(cancellationToken);
        var wanted = name.Trim();
        if (int.TryParse(wanted, out var id))
        {
            return [.. all.Where(t => t.Id == id)];
        }

        var byTitle = all.Where(t => string.Equals(t.Title, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        return byTitle.Count > 0 ? byTitle : [.. all.Where(t => string.Equals(t.Company, wanted, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>The target with its competencies, or null when there is none with that id.</summary>
    public async Task<TargetDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await db.Targets.AsNoTracking()
            .Include(t => t.Competencies).ThenInclude(c => c.Stories)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return null;
        }

        var summary = new TargetSummary(target.Id, target.Company, target.Role, target.InterviewDate, target.ModelName, target.Competencies.Count);
        var competencies = target.Competencies
            .OrderBy(c => c.SortOrder)
            .Select(c => new TargetCompetencyInfo(c.Id, c.Name, c.CategorySlugs, c.Questions, [.. c.Stories.Select(s => s.Id).Order()]))
            .ToList();
        return new TargetDetails(summary, competencies, target.WhyCompanyStoryId, target.WhyRoleStoryId);
    }

    /// <summary>Adds a target with the model's competencies (or the named ones, in the model's order); returns its id.</summary>
    /// <exception cref="ArgumentException">No company, a name too long, an unknown model or competency.</exception>
    public async Task<int> AddAsync(NewTarget target, CancellationToken cancellationToken = default)
    {
        var company = Name(target.Company, "company");
        var role = (target.Role ?? "").Trim();
        if (role.Length > MaxNameLength)
        {
            throw new ArgumentException($"The role may be at most {MaxNameLength} characters; it has {role.Length}.", nameof(target));
        }

        var models = await ModelsAsync(cancellationToken);
        var modelName = target.ModelName?.Trim() is { Length: > 0 } given ? given : BuiltInModels.GenericName;
        var model = models.FirstOrDefault(m => string.Equals(m.Name, modelName, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no competency model \"{modelName}\"; the models are: {string.Join(", ", models.Select(m => m.Name))}.", nameof(target));
        var chosen = model.Competencies.ToList();
        if (target.CompetencyNames is { } names)
        {
            var unknown = names.Where(n => !chosen.Any(c => string.Equals(c.Name, n.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"{model.Name} has no competency {string.Join(", ", unknown.Select(u => $"\"{u}\""))}.", nameof(target));
            }

            chosen = [.. chosen.Where(c => names.Any(n => string.Equals(c.Name, n.Trim(), StringComparison.OrdinalIgnoreCase)))];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = new Target
        {
            Company = company,
            Role = role,
            InterviewDate = target.InterviewDate,
            ModelName = model.Name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Competencies = [.. chosen.Select((c, i) => Entity(c, i))],
        };
        db.Targets.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    /// <summary>
    /// Replaces the target's competencies with these, in this order (accepting or removing what a job description
    /// proposed, or adding one of the person's own). A competency kept by name keeps the stories picked for it.
    /// </summary>
    /// <exception cref="ArgumentException">A competency without a name or a known category.</exception>
    /// <exception cref="KeyNotFoundException">No target with that id.</exception>
    public async Task SetCompetenciesAsync(int targetId, IReadOnlyList<CompetencyDefinition> competencies, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var slugs = await db.Categories.Select(c => c.Slug).ToListAsync(cancellationToken);
        var cleaned = competencies.Select(c => Checked(c, slugs)).ToList();
        var target = await db.Targets.Include(t => t.Competencies).ThenInclude(c => c.Stories)
            .FirstOrDefaultAsync(t => t.Id == targetId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no target {targetId}.");
        var kept = target.Competencies.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        target.Competencies = [.. cleaned.Select((c, i) =>
        {
            var entity = kept.GetValueOrDefault(c.Name) ?? Entity(c, i);
            entity.SortOrder = i;
            entity.CategorySlugs = c.CategorySlugs;
            entity.Questions = c.Questions;
            return entity;
        })];
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the stories picked for one competency of a target; an empty list goes back to the categories' stories.</summary>
    /// <exception cref="KeyNotFoundException">No such competency, or a story id that does not exist.</exception>
    public async Task PickStoriesAsync(int competencyId, IReadOnlyList<int> storyIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var competency = await db.TargetCompetencies.Include(c => c.Stories).FirstOrDefaultAsync(c => c.Id == competencyId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no competency {competencyId}.");
        var ids = storyIds.Distinct().ToList();
        var stories = await db.Stories.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        var missing = ids.Except(stories.Select(s => s.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new KeyNotFoundException($"There is no story {string.Join(", ", missing)}.");
        }

        competency.Stories = stories;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The practice deck for a target, for <see cref="Practice.PracticeService.NextQuestionAsync"/>: only the questions of
    /// its competencies' categories and of motivation (its "Why" questions), weakest first. Null when there is no target.
    /// </summary>
    public async Task<Practice.PracticeFilter?> PracticeFilterAsync(int targetId, CancellationToken cancellationToken = default)
    {
        var target = await GetAsync(targetId, cancellationToken);
        return target is null
            ? null
            : new Practice.PracticeFilter(
                [.. target.Competencies.SelectMany(c => c.CategorySlugs).Append(TargetCoverageService.MotivationSlug).Distinct(StringComparer.Ordinal)],
                Practice.PracticeOrder.WeakestFirst);
    }

    /// <summary>Deletes a target and its competencies; stories stay. False when there was none.</summary>
    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await db.Targets.Include(t => t.Competencies).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return false;
        }

        db.Targets.Remove(target);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static TargetCompetency Entity(CompetencyDefinition competency, int order) => new()
    {
        Name = competency.Name,
        SortOrder = order,
        CategorySlugs = [.. competency.CategorySlugs],
        Questions = [.. competency.Questions],
    };

    private static string Name(string? value, string what)
    {
        var name = value?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw new ArgumentException($"The {what} is required.", what);
        }

        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"The {what} may be at most {MaxNameLength} characters; it has {name.Length}.", what);
        }

        return name;
    }

    private static CompetencyDefinition Checked(CompetencyDefinition competency, IReadOnlyList<string> knownSlugs)
    {
        var name = Name(competency.Name, "competency name");
        var slugs = competency.CategorySlugs.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        if (slugs.Count == 0)
        {
            throw new ArgumentException($"The competency \"{name}\" needs at least one category.", nameof(competency));
        }

        var unknown = slugs.Except(knownSlugs).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"The competency \"{name}\" names unknown categories: {string.Join(", ", unknown)}.", nameof(competency));
        }

        return competency with
        {
            Name = name,
            CategorySlugs = slugs,
            Questions = [.. competency.Questions.Select(q => q.Trim()).Where(q => q.Length > 0)],
        };
    }
}
