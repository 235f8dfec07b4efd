using System.Text.Json;
using FluentValidation;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export.Backup;

/// <summary>
/// Whether a backup read from a file can be restored: every reference points at a row in the file, ids and keys are
/// unique, and every story passes the same <see cref="StoryValidator"/> as the editor and the importer. Runs before
/// anything is deleted, so a refused backup changes nothing.
/// </summary>
internal static class BackupChecks
{
    /// <exception cref="BackupFormatException">The first problem found, with its place in the file.</exception>
    public static void Check(BackupFile file, IValidator<StoryDraft> validator)
    {
        CheckReferences(file);
        BackupTargetMapping.Check(file);
        CheckStories(file, validator);
    }

    /// <summary>What the database would refuse or get wrong, found before anything is deleted.</summary>
    private static void CheckReferences(BackupFile file)
    {
        var categoryIds = UniqueIds(file.Categories.Select(c => c.Id), "categories");
        var questionIds = UniqueIds(file.Questions.Select(q => q.Id), "questions");
        var storyIds = UniqueIds(file.Stories.Select(s => s.Id), "stories");
        UniqueIds(file.PracticeAttempts.Select(a => a.Id), "practiceAttempts");
        for (var i = 0; i < file.PracticeAttempts.Count; i++)
        {
            var attempt = file.PracticeAttempts[i];
            if (!questionIds.Contains(attempt.QuestionId))
            {
                throw new BackupFormatException($"not a valid StoryBank backup: $.practiceAttempts[{i}].questionId: question {attempt.QuestionId} is not in the backup.");
            }

            if (attempt.StoryId is { } storyId && !storyIds.Contains(storyId))
            {
                throw new BackupFormatException($"not a valid StoryBank backup: $.practiceAttempts[{i}].storyId: story {storyId} is not in the backup.");
            }
        }

        var deletedKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.DeletedImports.Count; i++)
        {
            if (string.IsNullOrEmpty(file.DeletedImports[i].ImportKey) || !deletedKeys.Add(file.DeletedImports[i].ImportKey))
            {
                throw new BackupFormatException($"not a valid StoryBank backup: $.deletedImports[{i}].importKey: empty, or listed twice.");
            }
        }

        var roleFiles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.ImportRoleChoices.Count; i++)
        {
            var choices = file.ImportRoleChoices[i];
            if (string.IsNullOrEmpty(choices.FileName) || !roleFiles.Add(choices.FileName))
            {
                throw new BackupFormatException($"not a valid StoryBank backup: $.importRoleChoices[{i}].fileName: empty, or listed twice.");
            }

            CheckRoles(choices.Roles, $"$.importRoleChoices[{i}].roles");
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Categories.Count; i++)
        {
            if (!slugs.Add(file.Categories[i].Slug))
            {
                throw new BackupFormatException($"not a valid StoryBank backup: $.categories[{i}].slug: \"{file.Categories[i].Slug}\" is used by an earlier category too.");
            }
        }

        for (var i = 0; i < file.Questions.Count; i++)
        {
            CheckCategory(file.Questions[i].CategoryId, categoryIds, $"$.questions[{i}].categoryId");
        }

        for (var i = 0; i < file.Stories.Count; i++)
        {
            var story = file.Stories[i];
            CheckCategory(story.CategoryId, categoryIds, $"$.stories[{i}].categoryId");
            var linked = new HashSet<int>();
            for (var j = 0; j < story.QuestionIds.Count; j++)
            {
                var id = story.QuestionIds[j];
                if (!questionIds.Contains(id) || !linked.Add(id))
                {
                    var problem = questionIds.Contains(id) ? "is listed twice" : "is not in the backup";
                    throw new BackupFormatException($"not a valid StoryBank backup: $.stories[{i}].questionIds[{j}]: question {id} {problem}.");
                }
            }
        }
    }

    /// <summary>The rules of the editor and the importer: what they would never have written is not restored either.</summary>
    private static void CheckStories(BackupFile file, IValidator<StoryDraft> validator)
    {
        var texts = new Dictionary<int, string>(file.Questions.Count);
        for (var i = 0; i < file.Questions.Count; i++)
        {
            var text = file.Questions[i].Text;
            if (string.IsNullOrWhiteSpace(text) || text.Length > StoryValidator.QuestionLength)
            {
                var problem = text.Length > StoryValidator.QuestionLength
                    ? FormattableString.Invariant($"a question must be at most {StoryValidator.QuestionLength:N0} characters; it has {text.Length:N0}")
                    : "a question cannot be empty";
                throw new BackupFormatException($"not a valid StoryBank backup: $.questions[{i}].text (question {file.Questions[i].Id}): {problem}.");
            }

            texts[file.Questions[i].Id] = text;
        }

        // Re-import finds stories by import key, so two stories under one key would break every later import.
        var importKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < file.Stories.Count; i++)
        {
            var story = file.Stories[i];
            var validation = validator.Validate(ToDraft(story, texts));
            if (!validation.IsValid)
            {
                var failure = validation.Errors[0];
                throw new BackupFormatException($"not a valid StoryBank backup: $.stories[{i}].{JsonField(failure.PropertyName)} (story {story.Id}): {failure.ErrorMessage}");
            }

            if (story.ImportKey is { } key && !importKeys.TryAdd(key, i))
            {
                var first = importKeys[key];
                throw new BackupFormatException(
                    $"not a valid StoryBank backup: $.stories[{i}].importKey (story {story.Id}): {JsonSerializer.Serialize(key)} is also the import key of $.stories[{first}] (story {file.Stories[first].Id}); two stories cannot come from the same place in the notes.");
            }
        }
    }

    private static StoryDraft ToDraft(BackupStory story, Dictionary<int, string> questionTexts) => new()
    {
        Title = story.Title,
        Questions = story.QuestionIds.Select(id => questionTexts[id]).ToList(),
        CategoryId = story.CategoryId,
        Sections = story.Sections,
        Metrics = [.. story.Metrics],
        FollowUps = story.FollowUps.Select(f => new FollowUp { Question = f.Question, Answer = f.Answer }).ToList(),
    };

    /// <summary>The validator's property name ("FollowUps[2]", "Situation") as the field is spelled in the file.</summary>
    private static string JsonField(string propertyName)
    {
        var bracket = propertyName.IndexOf('[', StringComparison.Ordinal);
        var (name, index) = bracket < 0 ? (propertyName, "") : (propertyName[..bracket], propertyName[bracket..]);
        return (name == nameof(StoryDraft.Questions) ? "questionIds" : JsonNamingPolicy.CamelCase.ConvertName(name)) + index;
    }

    private static HashSet<int> UniqueIds(IEnumerable<int> ids, string list)
    {
        var seen = new HashSet<int>();
        var index = 0;
        foreach (var id in ids)
        {
            if (id <= 0 || !seen.Add(id))
            {
                var problem = id <= 0 ? "is not a positive number" : "is used by an earlier entry too";
                throw new BackupFormatException($"not a valid StoryBank backup: $.{list}[{index}].id: {id} {problem}.");
            }

            index++;
        }

        return seen;
    }

    /// <summary>The roles are a roles file, as <c>storybank import --roles</c> reads one.</summary>
    private static void CheckRoles(JsonElement roles, string path)
    {
        if (roles.ValueKind != JsonValueKind.Object)
        {
            throw new BackupFormatException($"not a valid StoryBank backup: {path}: not a roles file (an object with \"levels\" and \"blocks\").");
        }

        try
        {
            Import.RoleChoices.FromJson(roles.GetRawText());
        }
        catch (JsonException exception)
        {
            throw new BackupFormatException($"not a valid StoryBank backup: {path}: not a roles file ({exception.Message})", exception);
        }
    }

    private static void CheckCategory(int? id, HashSet<int> categoryIds, string path)
    {
        if (id is { } value && !categoryIds.Contains(value))
        {
            throw new BackupFormatException($"not a valid StoryBank backup: {path}: category {value} is not in the backup.");
        }
    }

}
