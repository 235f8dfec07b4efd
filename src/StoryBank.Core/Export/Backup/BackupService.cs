using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Export.Backup;

/// <summary>
/// A JSON backup of the whole bank (categories, questions, stories with every field, their question links, import
/// tracking, versions and times; the practice history) and a restore that puts back exactly that, ids included, in one
/// transaction. The file starts with <c>"format": "storybank-backup"</c> and a <c>formatVersion</c>, so later versions
/// can add what new features store and still restore older files. Every restored story passes the same
/// <see cref="StoryValidator"/> and uniqueness rules as the editor and the importer.
/// </summary>
public sealed class BackupService(IDbContextFactory<StoryBankDbContext> contextFactory, IValidator<StoryDraft> validator)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,

        // The person's own words, readable as written: accents, quotes and arrows are not escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // A restore must reproduce the bank exactly, so a missing, unknown or null field is an error, not a default.
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = StarSectionsJson.Resolver,
    };

    /// <summary>Writes the backup of everything to <paramref name="output"/>; the same bank always gives the same bytes.</summary>
    public async Task<BackupSummary> WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // One read transaction: the three queries see the same bank even while the web app saves a story.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var questions = await db.Questions.AsNoTracking().OrderBy(q => q.Id).ToListAsync(cancellationToken);
        var stories = await db.Stories.AsNoTracking()
            .OrderBy(s => s.Id)
            .Select(s => new { Story = s, QuestionIds = s.Questions.OrderBy(q => q.Id).Select(q => q.Id).ToList() })
            .ToListAsync(cancellationToken);
        var attempts = await db.PracticeAttempts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var deletedImports = await db.DeletedImports.AsNoTracking().OrderBy(d => d.ImportKey).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var file = new BackupFile
        {
            Format = BackupFile.FormatName,
            FormatVersion = BackupFile.CurrentVersion,
            Categories = categories.Select(c => new BackupCategory
            {
                Id = c.Id,
                Slug = c.Slug,
                Name = c.Name,
                Description = c.Description,
                SortOrder = c.SortOrder,
                Cues = c.Cues,
            }).ToList(),
            Questions = questions.Select(q => new BackupQuestion
            {
                Id = q.Id,
                Text = q.Text,
                Variants = q.Variants,
                CategoryId = q.CategoryId,
                IsCanonical = q.IsCanonical,
            }).ToList(),
            Stories = stories.Select(row => ToBackup(row.Story, row.QuestionIds)).ToList(),
            PracticeAttempts = attempts.Select(a => new BackupPracticeAttempt
            {
                Id = a.Id,
                QuestionId = a.QuestionId,
                StoryId = a.StoryId,
                DurationMilliseconds = (long)Math.Round(a.Duration.TotalMilliseconds),
                Rating = a.Rating,
                AttemptedAt = DateTime.SpecifyKind(a.AttemptedAt, DateTimeKind.Utc),
            }).ToList(),
            DeletedImports = deletedImports.Select(d => new BackupDeletedImport
            {
                ImportKey = d.ImportKey,
                DeletedAt = DateTime.SpecifyKind(d.DeletedAt, DateTimeKind.Utc),
            }).ToList(),
        };
        await JsonSerializer.SerializeAsync(output, file, Json, cancellationToken);
        return new BackupSummary(file.Categories.Count, file.Questions.Count, file.Stories.Count);
    }

    /// <summary>
    /// Replaces the bank with the backup in one transaction: same ids, same text, same versions and times.
    /// </summary>
    /// <param name="input">The backup, as <see cref="WriteAsync"/> wrote it.</param>
    /// <param name="force">Replace stories and questions of the person's own too; without it such a database is refused.</param>
    /// <param name="cancellationToken">Cancels the restore; nothing is changed then.</param>
    /// <exception cref="BackupFormatException">
    /// The input is not a backup this version can restore, or a story in it breaks a rule the editor enforces (the message
    /// names the first one: its place in the file, its id and the field); nothing was changed.
    /// </exception>
    /// <exception cref="BackupTargetNotEmptyException">The database holds stories or questions of its own and <paramref name="force"/> is false; nothing was changed.</exception>
    public async Task<BackupSummary> RestoreAsync(Stream input, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var file = await ReadAsync(input, cancellationToken);
        Check(file);
        CheckStories(file);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!force)
        {
            var storyCount = await db.Stories.CountAsync(cancellationToken);
            var questionCount = await db.Questions.CountAsync(q => !q.IsCanonical, cancellationToken);
            var attemptCount = await db.PracticeAttempts.CountAsync(cancellationToken);
            if (storyCount > 0 || questionCount > 0 || attemptCount > 0)
            {
                throw new BackupTargetNotEmptyException(storyCount, questionCount, attemptCount);
            }
        }

        // Everything goes, the taxonomy's own rows too: the backup holds them as the person had them (renamed, say).
        // The search triggers are paused and every story is indexed once at the end, as the importer does.
        await StorySearchIndex.PauseAsync(db, cancellationToken);
        await StorySearchIndex.ClearAsync(db, cancellationToken);
        await db.PracticeAttempts.ExecuteDeleteAsync(cancellationToken);
        await db.DeletedImports.ExecuteDeleteAsync(cancellationToken);
        await db.Set<Dictionary<string, object>>("StoryQuestions").ExecuteDeleteAsync(cancellationToken);
        await db.Stories.ExecuteDeleteAsync(cancellationToken);
        await db.Questions.ExecuteDeleteAsync(cancellationToken);
        await db.Categories.ExecuteDeleteAsync(cancellationToken);

        db.Categories.AddRange(file.Categories.Select(c => new Category
        {
            Id = c.Id,
            Slug = c.Slug,
            Name = c.Name,
            Description = c.Description,
            SortOrder = c.SortOrder,
            Cues = [.. c.Cues],
        }));
        var questions = file.Questions.ToDictionary(q => q.Id, q => new Question
        {
            Id = q.Id,
            Text = q.Text,
            Variants = [.. q.Variants],
            CategoryId = q.CategoryId,
            IsCanonical = q.IsCanonical,
        });
        db.Questions.AddRange(questions.Values);
        db.Stories.AddRange(file.Stories.Select(s => ToStory(s, questions)));
        db.PracticeAttempts.AddRange(file.PracticeAttempts.Select(a => new Practice.PracticeAttempt
        {
            Id = a.Id,
            QuestionId = a.QuestionId,
            StoryId = a.StoryId,
            Duration = TimeSpan.FromMilliseconds(a.DurationMilliseconds),
            Rating = a.Rating,
            AttemptedAt = AsUtc(a.AttemptedAt),
        }));
        db.DeletedImports.AddRange(file.DeletedImports.Select(d => new Import.DeletedImport { ImportKey = d.ImportKey, DeletedAt = AsUtc(d.DeletedAt) }));
        await db.SaveChangesAsync(cancellationToken);
        await StorySearchIndex.ResumeAsync(db, file.Stories.Select(s => s.Id).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BackupSummary(file.Categories.Count, file.Questions.Count, file.Stories.Count);
    }

    private static BackupStory ToBackup(Story story, List<int> questionIds) => new()
    {
        Id = story.Id,
        Title = story.Title,
        CategoryId = story.CategoryId,
        QuestionIds = questionIds,
        Sections = story.Sections,
        Metrics = story.Metrics,
        FollowUps = story.FollowUps.Select(f => new BackupFollowUp { Question = f.Question, Answer = f.Answer }).ToList(),
        SourceFile = story.SourceFile,
        SourceLine = story.SourceLine,
        SourceEndLine = story.SourceEndLine,
        ImportKey = story.ImportKey,
        ImportHash = story.ImportHash,
        ImportedVersion = story.ImportedVersion,

        // SQLite hands times back without a kind; they are UTC, and the file says so.
        CreatedAt = DateTime.SpecifyKind(story.CreatedAt, DateTimeKind.Utc),
        UpdatedAt = DateTime.SpecifyKind(story.UpdatedAt, DateTimeKind.Utc),
        Version = story.Version,
    };

    private static Story ToStory(BackupStory story, Dictionary<int, Question> questions) => new()
    {
        Id = story.Id,
        Title = story.Title,
        CategoryId = story.CategoryId,
        Questions = story.QuestionIds.Select(id => questions[id]).ToList(),
        Sections = story.Sections,
        Metrics = [.. story.Metrics],
        FollowUps = story.FollowUps.Select(f => new FollowUp { Question = f.Question, Answer = f.Answer }).ToList(),
        SourceFile = story.SourceFile,
        SourceLine = story.SourceLine,
        SourceEndLine = story.SourceEndLine,
        ImportKey = story.ImportKey,
        ImportHash = story.ImportHash,
        ImportedVersion = story.ImportedVersion,
        CreatedAt = AsUtc(story.CreatedAt),
        UpdatedAt = AsUtc(story.UpdatedAt),
        Version = story.Version,
    };

    /// <summary>Times are UTC: one written without a zone is taken as UTC, one with an offset is converted.</summary>
    private static DateTime AsUtc(DateTime time) =>
        time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime();

    /// <summary>Reads the file in two steps: is it JSON and a backup of a known version, then does it hold what one should.</summary>
    private static async Task<BackupFile> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();

        try
        {
            using var document = JsonDocument.Parse(bytes);
            CheckHeader(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new BackupFormatException($"not JSON: {Reason(exception)}{Where(exception)}", exception);
        }

        try
        {
            return JsonSerializer.Deserialize<BackupFile>(bytes, Json)
                ?? throw new BackupFormatException("not a StoryBank backup: the file holds null.");
        }
        catch (JsonException exception)
        {
            var path = exception.Path is { Length: > 0 } p ? p + ": " : "";
            throw new BackupFormatException($"not a valid StoryBank backup: {path}{Reason(exception)}{Where(exception)}", exception);
        }
    }

    private static void CheckHeader(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format)
            || format.ValueKind != JsonValueKind.String
            || format.GetString() != BackupFile.FormatName)
        {
            throw new BackupFormatException($"not a StoryBank backup: it does not start with \"format\": \"{BackupFile.FormatName}\".");
        }

        if (!root.TryGetProperty("formatVersion", out var version) || !version.TryGetInt32(out var number))
        {
            throw new BackupFormatException("not a valid StoryBank backup: \"formatVersion\" is missing or not a whole number.");
        }

        if (number > BackupFile.CurrentVersion)
        {
            throw new BackupFormatException($"backup format version {number} is newer than this StoryBank can restore (up to {BackupFile.CurrentVersion}); update StoryBank first.");
        }

        if (number < 1)
        {
            throw new BackupFormatException($"backup format version {number} does not exist; the first is 1.");
        }
    }

    /// <summary>What the database would refuse or get wrong, found before anything is deleted.</summary>
    private static void Check(BackupFile file)
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
    private void CheckStories(BackupFile file)
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

    private static void CheckCategory(int? id, HashSet<int> categoryIds, string path)
    {
        if (id is { } value && !categoryIds.Contains(value))
        {
            throw new BackupFormatException($"not a valid StoryBank backup: {path}: category {value} is not in the backup.");
        }
    }

    /// <summary>The exception's own explanation without the position details it appends and without our type names.</summary>
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        return message.Replace(typeof(BackupFile).Namespace + ".", "", StringComparison.Ordinal).Trim().TrimEnd('.');
    }

    private static string Where(JsonException exception) =>
        exception.LineNumber is { } line ? $" (line {line + 1}, position {exception.BytePositionInLine.GetValueOrDefault() + 1})." : ".";
}
