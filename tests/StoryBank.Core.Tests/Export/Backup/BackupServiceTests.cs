using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Export.Backup;
using StoryBank.Core.Import;
using StoryBank.Core.Practice;
using StoryBank.Core.Stories;
using StoryBank.Core.Tests.Import;

namespace StoryBank.Core.Tests.Export.Backup;

public sealed class BackupServiceTests
{
    [Fact]
    public async Task A_backup_restored_into_a_fresh_database_backs_up_to_the_same_bytes()
    {
        await using var source = await SeededDatabaseAsync();
        var original = await BackupAsync(source);

        await using var target = await TestDatabase.CreateAsync();
        var summary = await target.Get<BackupService>().RestoreAsync(new MemoryStream(original), force: false);

        Assert.Equal(Encoding.UTF8.GetString(original), Encoding.UTF8.GetString(await BackupAsync(target)));
        Assert.Equal(original, await BackupAsync(target));
        Assert.Equal(14, summary.Stories);
        Assert.Equal(16, summary.Categories);
    }

    [Fact]
    public async Task A_restore_keeps_ids_versions_times_import_tracking_links_and_edits()
    {
        await using var source = await SeededDatabaseAsync();
        var before = await source.Get<StoryService>().GetAsync(3);
        await using var target = await TestDatabase.CreateAsync();

        await target.Get<BackupService>().RestoreAsync(new MemoryStream(await BackupAsync(source)), force: false);

        var after = await target.Get<StoryService>().GetAsync(3);
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal(
            (before.Title, before.Version, before.ImportKey, before.ImportHash, before.ImportedVersion, before.SourceFile, before.SourceLine, before.SourceEndLine, before.CreatedAt, before.UpdatedAt, before.CategoryId),
            (after.Title, after.Version, after.ImportKey, after.ImportHash, after.ImportedVersion, after.SourceFile, after.SourceLine, after.SourceEndLine, after.CreatedAt, after.UpdatedAt, after.CategoryId));
        Assert.Equal(before.Metrics, after.Metrics);
        Assert.Equal(before.FollowUps, after.FollowUps);
        Assert.Equal(before.Questions.Select(q => (q.Id, q.Text, string.Join("|", q.Variants))), after.Questions.Select(q => (q.Id, q.Text, string.Join("|", q.Variants))));
        Assert.Equal("Edited in the app", after.Title);

        var categories = await target.Get<CategoryService>().ListAsync();
        Assert.Contains(categories, c => c.Slug == "conflict" && c.Name == "Peer conflict (renamed)");
    }

    [Fact]
    public async Task Practice_history_is_backed_up_and_restored()
    {
        await using var source = await SeededDatabaseAsync();
        await using var target = await TestDatabase.CreateAsync();

        await target.Get<BackupService>().RestoreAsync(new MemoryStream(await BackupAsync(source)), force: false);

        var before = await source.Get<PracticeService>().QuestionHistoryAsync();
        var after = await target.Get<PracticeService>().QuestionHistoryAsync();
        Assert.Equal(2, after.Sum(h => h.Attempts));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_database_with_practice_history_only_is_refused_without_force()
    {
        await using var source = await SeededDatabaseAsync();
        await using var target = await TestDatabase.CreateAsync();
        await target.Get<PracticeService>().RecordAttemptAsync(1, null, TimeSpan.FromSeconds(30), PracticeRating.Hard);
        var backup = await BackupAsync(source);

        var refused = await Assert.ThrowsAsync<BackupTargetNotEmptyException>(
            () => target.Get<BackupService>().RestoreAsync(new MemoryStream(backup), force: false));

        Assert.Equal(1, refused.AttemptCount);
        Assert.Single(await target.Get<PracticeService>().QuestionHistoryAsync());
    }

    [Fact]
    public async Task Imported_stories_deleted_in_the_app_stay_deleted_after_a_restore()
    {
        await using var source = await SeededDatabaseAsync();
        await source.Get<StoryService>().DeleteAsync(5);
        var backup = await BackupAsync(source);
        await using var target = await TestDatabase.CreateAsync();

        await target.Get<BackupService>().RestoreAsync(new MemoryStream(backup), force: false);
        var notes = NotesParser.Parse(await File.ReadAllTextAsync(ImportGold.TestDataPath("Seed", "interview-notes.md")), "interview-notes.md");
        var report = await target.Get<ImportService>().ImportAsync(notes);

        Assert.Equal(backup, await BackupAsync(target));
        Assert.Equal(0, report.Count(ImportAction.Create));
        Assert.Contains(report.Items, i => i.Action == ImportAction.Skip && i.Reason!.Contains("deleted in the app", StringComparison.Ordinal));
        Assert.Equal(13, (await target.Get<StoryService>().ListAsync()).Count);
    }

    [Fact]
    public async Task A_version_1_backup_without_practice_history_still_restores()
    {
        await using var source = await SeededDatabaseAsync();
        var json = JsonNode.Parse(await BackupAsync(source))!.AsObject();
        json["formatVersion"] = 1;
        json.Remove("practiceAttempts");
        json.Remove("deletedImports");
        await using var target = await TestDatabase.CreateAsync();

        var summary = await target.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), force: false);

        Assert.Equal(14, summary.Stories);
        Assert.Empty(await target.Get<PracticeService>().QuestionHistoryAsync());
    }

    [Fact]
    public async Task A_restored_story_is_found_by_search()
    {
        await using var source = await SeededDatabaseAsync();
        await using var target = await TestDatabase.CreateAsync();

        await target.Get<BackupService>().RestoreAsync(new MemoryStream(await BackupAsync(source)), force: false);

        var page = await target.Get<StorySearch>().FindAsync(new StoryQuery { Search = "kubernetes" });
        var expected = await source.Get<StorySearch>().FindAsync(new StoryQuery { Search = "kubernetes" });
        Assert.NotEmpty(page.Items);
        Assert.Equal(expected.Items.Select(i => i.Id), page.Items.Select(i => i.Id));
        var byQuestion = await target.Get<StorySearch>().FindAsync(new StoryQuery { Search = "coworker" });
        Assert.Contains(byQuestion.Items, i => i.Questions.Contains("Tell me about a conflict with a coworker"));
    }

    [Fact]
    public async Task A_database_with_stories_of_its_own_is_refused_without_force_and_left_alone()
    {
        await using var source = await SeededDatabaseAsync();
        await using var target = await TestDatabase.CreateAsync();
        await target.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Mine", Questions = ["My own question?"] });
        var before = await BackupAsync(target);

        var refused = await Assert.ThrowsAsync<BackupTargetNotEmptyException>(
            async () => await target.Get<BackupService>().RestoreAsync(new MemoryStream(await BackupAsync(source)), force: false));

        Assert.Equal((1, 1), (refused.StoryCount, refused.QuestionCount));
        Assert.Equal("The database is not empty: it holds 1 story, 1 question of your own and 0 practice attempts, which a restore would replace.", refused.Message);
        Assert.Equal(before, await BackupAsync(target));
    }

    [Fact]
    public async Task A_question_of_its_own_alone_makes_a_database_not_empty()
    {
        await using var target = await TestDatabase.CreateAsync();
        await using (var db = await target.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync())
        {
            db.Questions.Add(new Question { Text = "Left over from a deleted story?" });
            await db.SaveChangesAsync();
        }

        await using var empty = await TestDatabase.CreateAsync();
        var refused = await Assert.ThrowsAsync<BackupTargetNotEmptyException>(
            async () => await target.Get<BackupService>().RestoreAsync(new MemoryStream(await BackupAsync(empty)), force: false));

        Assert.Equal((0, 1), (refused.StoryCount, refused.QuestionCount));
    }

    [Fact]
    public async Task Force_replaces_everything_in_the_database()
    {
        await using var source = await SeededDatabaseAsync();
        var original = await BackupAsync(source);
        await using var target = await TestDatabase.CreateAsync();
        for (var i = 0; i < 20; i++)
        {
            await target.Get<StoryService>().CreateAsync(new StoryDraft { Title = $"Other {i}", Questions = [$"Other question {i}?"], Sections = new() { Situation = "zebra crossing" }});
        }

        await target.Get<BackupService>().RestoreAsync(new MemoryStream(original), force: true);

        Assert.Equal(original, await BackupAsync(target));
        Assert.Empty((await target.Get<StorySearch>().FindAsync(new StoryQuery { Search = "zebra" })).Items);
    }

    [Fact]
    public async Task The_backup_names_its_format_and_version_so_later_versions_can_read_it()
    {
        await using var source = await SeededDatabaseAsync();

        using var json = JsonDocument.Parse(await BackupAsync(source));

        Assert.Equal("storybank-backup", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("formatVersion").GetInt32());
        var story = json.RootElement.GetProperty("stories")[0];
        Assert.Equal("interview-notes.md", story.GetProperty("sourceFile").GetString());
        Assert.Equal("2026-11-01T09:00:00Z", story.GetProperty("createdAt").GetString());
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "this is not json", "not JSON: 'this is not json' is an invalid JSON literal. Expected the literal 'true' (line 1, position 2)." },
        { "", "not JSON: The input does not contain any JSON tokens" },
        { "{\n  \"format\": \"storybank-backup\",\n  \"formatVersion\": 1,\n  \"categories\": [,]\n}", "(line 4, position 18)." },
        { "[1, 2]", "not a StoryBank backup: it does not start with \"format\": \"storybank-backup\"." },
        { "{\"format\": \"something-else\", \"formatVersion\": 1}", "not a StoryBank backup" },
        { "{\"format\": \"storybank-backup\"}", "not a valid StoryBank backup: \"formatVersion\" is missing or not a whole number." },
        { "{\"format\": \"storybank-backup\", \"formatVersion\": 5}", "backup format version 5 is newer than this StoryBank can restore (up to 4); update StoryBank first." },
        { "{\"format\": \"storybank-backup\", \"formatVersion\": 1, \"categories\": [], \"questions\": []}", "missing required properties including: 'stories'" },
        { "{\"format\": \"storybank-backup\", \"formatVersion\": 1, \"categories\": [], \"questions\": [], \"stories\": [], \"practice\": []}", "'practice' could not be mapped" },
        {
            "{\"format\": \"storybank-backup\", \"formatVersion\": 1, \"categories\": [], \"questions\": [\n  {\"id\": \"seven\", \"text\": \"x\", \"variants\": [], \"categoryId\": null, \"isCanonical\": false}], \"stories\": []}",
            "not a valid StoryBank backup: $.questions[0].id: The JSON value could not be converted to System.Int32 (line 2, position 17)."
        },
        {
            "{\"format\": \"storybank-backup\", \"formatVersion\": 1, \"categories\": [], \"questions\": [{\"id\": 1, \"text\": null, \"variants\": [], \"categoryId\": null, \"isCanonical\": false}], \"stories\": []}",
            "$.questions[0].text"
        },
        {
            "{\"format\": \"storybank-backup\", \"formatVersion\": 1, \"categories\": [], \"questions\": [{\"id\": 1, \"text\": \"x\", \"variants\": [], \"categoryId\": 7, \"isCanonical\": false}], \"stories\": []}",
            "not a valid StoryBank backup: $.questions[0].categoryId: category 7 is not in the backup."
        },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_a_backup_fails_with_one_line_saying_what_and_where(string content, string expected)
    {
        await using var target = await TestDatabase.CreateAsync();
        var before = await BackupAsync(target);

        var error = await Assert.ThrowsAsync<BackupFormatException>(
            () => target.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), force: true));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, await BackupAsync(target));
    }

    [Fact]
    public async Task A_story_linked_to_a_missing_question_is_refused_before_anything_changes()
    {
        await using var source = await SeededDatabaseAsync();
        var json = JsonNode.Parse(await BackupAsync(source))!;
        json["stories"]![0]!["questionIds"]![0] = 4900;
        var broken = json.ToJsonString();
        await using var target = await SeededDatabaseAsync();
        var before = await BackupAsync(target);

        var error = await Assert.ThrowsAsync<BackupFormatException>(
            () => target.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(broken)), force: true));

        Assert.Equal("not a valid StoryBank backup: $.stories[0].questionIds[0]: question 4900 is not in the backup.", error.Message);
        Assert.Equal(before, await BackupAsync(target));
    }

    public static TheoryData<string, string, string> StoriesTheEditorWouldRefuse() => new()
    {
        { "title", new string('t', 500), "$.stories[2].title (story 3): Title must be at most 120 characters; it has 500." },
        { "situation", new string('s', 2_000_000), "$.stories[4].situation (story 5): Situation must be at most 20,000 characters; it has 2,000,000." },
        { "metrics", "[\"" + new string('m', 300) + "\"]", "$.stories[4].metrics[0] (story 5): Metric 1 must be at most 200 characters; it has 300." },
        { "followUps", "[{\"question\": \"\", \"answer\": \"An answer\"}]", "$.stories[4].followUps[0] (story 5): Follow-up 1 has an answer but no question." },
    };

    [Theory]
    [MemberData(nameof(StoriesTheEditorWouldRefuse))]
    public async Task A_story_the_editor_would_refuse_makes_the_whole_restore_fail_with_its_place_and_field(string field, string value, string expected)
    {
        await using var source = await SeededDatabaseAsync();
        var json = JsonNode.Parse(await BackupAsync(source))!;
        var index = field == "title" ? 2 : 4;
        json["stories"]![index]![field] = value.StartsWith('[') ? JsonNode.Parse(value) : value;
        await using var target = await SeededDatabaseAsync();
        var before = await BackupAsync(target);

        var error = await Assert.ThrowsAsync<BackupFormatException>(
            () => target.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), force: true));

        Assert.Equal("not a valid StoryBank backup: " + expected, error.Message);
        Assert.Equal(before, await BackupAsync(target));
    }

    [Fact]
    public async Task Two_stories_under_one_import_key_are_refused_so_a_later_import_cannot_break()
    {
        await using var source = await SeededDatabaseAsync();
        var json = JsonNode.Parse(await BackupAsync(source))!;
        var key = json["stories"]![0]!["importKey"]!.GetValue<string>();
        json["stories"]![6]!["importKey"] = key;
        await using var target = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<BackupFormatException>(
            () => target.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), force: false));

        Assert.StartsWith("not a valid StoryBank backup: $.stories[6].importKey (story 7): \"interview-notes.md\\n", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("is also the import key of $.stories[0] (story 1); two stories cannot come from the same place in the notes.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(await target.Get<StoryService>().ListAsync());
        var notes = NotesParser.Parse(await File.ReadAllTextAsync(ImportGold.TestDataPath("Seed", "interview-notes.md")), "interview-notes.md");
        Assert.Equal(14, (await target.Get<ImportService>().ImportAsync(notes)).Count(ImportAction.Create));
    }

    [Fact]
    public async Task A_question_longer_than_the_editor_allows_is_refused_with_its_place()
    {
        await using var source = await SeededDatabaseAsync();
        var json = JsonNode.Parse(await BackupAsync(source))!;
        json["questions"]![20]!["text"] = new string('q', 1_001);
        var id = json["questions"]![20]!["id"]!.GetValue<int>();
        await using var target = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<BackupFormatException>(
            () => target.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), force: false));

        Assert.Equal($"not a valid StoryBank backup: $.questions[20].text (question {id}): a question must be at most 1,000 characters; it has 1,001.", error.Message);
    }

    /// <summary>The imported seed with a story edited in the app (version 2, a later time) and a renamed category.</summary>
    private static async Task<TestDatabase> SeededDatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var notes = NotesParser.Parse(await File.ReadAllTextAsync(ImportGold.TestDataPath("Seed", "interview-notes.md")), "interview-notes.md");
        await database.Get<ImportService>().ImportAsync(notes);

        database.Clock.Advance(TimeSpan.FromHours(3.5));
        var stories = database.Get<StoryService>();
        var story = (await stories.GetAsync(3))!;
        var draft = StoryDraft.From(story);
        draft.Title = "Edited in the app";
        await stories.UpdateAsync(story.Id, draft, story.Version);

        await using var db = await database.Get<IDbContextFactory<StoryBankDbContext>>().CreateDbContextAsync();
        (await db.Categories.SingleAsync(c => c.Slug == "conflict")).Name = "Peer conflict (renamed)";
        await db.SaveChangesAsync();

        var practice = database.Get<PracticeService>();
        await practice.RecordAttemptAsync(story.Questions[0].Id, story.Id, TimeSpan.FromSeconds(95.5), PracticeRating.Good);
        await practice.RecordAttemptAsync(1, null, TimeSpan.FromSeconds(40), PracticeRating.Again);
        return database;
    }

    private static async Task<byte[]> BackupAsync(TestDatabase database)
    {
        using var stream = new MemoryStream();
        await database.Get<BackupService>().WriteAsync(stream);
        return stream.ToArray();
    }
}
