using StoryBank.Core.Stories;
using StoryBank.Core.Targets;

namespace StoryBank.Core.Export.Backup;

/// <summary>Targets and competency models as the backup holds them, and back.</summary>
internal static class BackupTargetMapping
{
    public static BackupTarget ToBackup(Target target) => new()
    {
        Id = target.Id,
        Company = target.Company,
        Role = target.Role,
        InterviewDate = target.InterviewDate,
        ModelName = target.ModelName,
        WhyCompanyStoryId = target.WhyCompanyStoryId,
        WhyRoleStoryId = target.WhyRoleStoryId,
        CreatedAt = DateTime.SpecifyKind(target.CreatedAt, DateTimeKind.Utc),
        Competencies = [.. target.Competencies.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new BackupTargetCompetency
        {
            Id = c.Id,
            Name = c.Name,
            SortOrder = c.SortOrder,
            CategorySlugs = c.CategorySlugs,
            Questions = c.Questions,
            StoryIds = [.. c.Stories.Select(s => s.Id).Order()],
        })],
    };

    public static BackupCompetencyModel ToBackup(CompetencyModel model) => new() { Id = model.Id, Name = model.Name, Competencies = model.Competencies };

    /// <param name="target">The target as the file holds it.</param>
    /// <param name="stories">The restored stories by id, for the picked stories.</param>
    public static Target ToTarget(BackupTarget target, Dictionary<int, Story> stories) => new()
    {
        Id = target.Id,
        Company = target.Company,
        Role = target.Role,
        InterviewDate = target.InterviewDate,
        ModelName = target.ModelName,
        WhyCompanyStoryId = target.WhyCompanyStoryId,
        WhyRoleStoryId = target.WhyRoleStoryId,
        CreatedAt = target.CreatedAt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(target.CreatedAt, DateTimeKind.Utc) : target.CreatedAt.ToUniversalTime(),
        Competencies = [.. target.Competencies.Select(c => new TargetCompetency
        {
            Id = c.Id,
            Name = c.Name,
            SortOrder = c.SortOrder,
            CategorySlugs = [.. c.CategorySlugs],
            Questions = [.. c.Questions],
            Stories = [.. c.StoryIds.Select(id => stories[id])],
        })],
    };

    public static CompetencyModel ToModel(BackupCompetencyModel model) => new() { Id = model.Id, Name = model.Name, Competencies = [.. model.Competencies] };

    /// <summary>Every reference a target makes points at a story in the file; ids and model names are unique.</summary>
    /// <exception cref="BackupFormatException">The first problem, with its place in the file.</exception>
    public static void Check(BackupFile file)
    {
        var storyIds = file.Stories.Select(s => s.Id).ToHashSet();
        var targetIds = new HashSet<int>();
        var competencyIds = new HashSet<int>();
        for (var i = 0; i < file.Targets.Count; i++)
        {
            var target = file.Targets[i];
            Require(targetIds.Add(target.Id), $"$.targets[{i}].id: {target.Id} is used by an earlier target too.");
            Require(!string.IsNullOrWhiteSpace(target.Company), $"$.targets[{i}].company: empty.");
            Require(target.WhyCompanyStoryId is not { } company || storyIds.Contains(company), $"$.targets[{i}].whyCompanyStoryId: story {target.WhyCompanyStoryId} is not in the backup.");
            Require(target.WhyRoleStoryId is not { } role || storyIds.Contains(role), $"$.targets[{i}].whyRoleStoryId: story {target.WhyRoleStoryId} is not in the backup.");
            for (var j = 0; j < target.Competencies.Count; j++)
            {
                var competency = target.Competencies[j];
                Require(competencyIds.Add(competency.Id), $"$.targets[{i}].competencies[{j}].id: {competency.Id} is used by an earlier competency too.");
                Require(!string.IsNullOrWhiteSpace(competency.Name), $"$.targets[{i}].competencies[{j}].name: empty.");
                var missing = competency.StoryIds.FirstOrDefault(id => !storyIds.Contains(id), -1);
                Require(missing == -1, $"$.targets[{i}].competencies[{j}].storyIds: story {missing} is not in the backup.");
                Require(competency.StoryIds.Distinct().Count() == competency.StoryIds.Count, $"$.targets[{i}].competencies[{j}].storyIds: a story is listed twice.");
            }
        }

        var modelIds = new HashSet<int>();
        var modelNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.CompetencyModels.Count; i++)
        {
            var model = file.CompetencyModels[i];
            Require(modelIds.Add(model.Id), $"$.competencyModels[{i}].id: {model.Id} is used by an earlier model too.");
            Require(!string.IsNullOrWhiteSpace(model.Name) && modelNames.Add(model.Name), $"$.competencyModels[{i}].name: empty, or used by an earlier model too.");
        }
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new BackupFormatException($"not a valid StoryBank backup: {problem}");
        }
    }
}
