using System.Text;
using System.Text.Json.Nodes;
using StoryBank.Core.Export.Backup;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Export.Backup;

/// <summary>The roles a person chose for a notes file go into the backup and come back with a restore.</summary>
public sealed class BackupServiceRoleChoicesTests
{
    private const string Notes = """
        ## Teamwork
        We work in pods of five.

        ### Tell me about a conflict with a coworker
        **Situation:** Two teams wanted the same cluster.

        ### Tell me about a time you helped a teammate
        **Situation:** A new hire was stuck on the build.
        """;

    private static readonly RoleChoices Choices = new()
    {
        Levels = new Dictionary<string, BlockRole> { ["h2"] = BlockRole.Group },
        Blocks = [new BlockChoice(7, BlockRole.FollowUp) { Level = "h3", Text = "Tell me about a time you helped a teammate" }],
    };

    [Fact]
    public async Task Chosen_roles_are_restored_and_a_re_import_after_the_restore_reads_the_notes_with_them()
    {
        await using var source = await TestDatabase.CreateAsync();
        await source.Get<ImportService>().ImportAsync(NotesParser.Parse(Notes, "notes.md", Choices));
        var backup = await BackupAsync(source);
        await using var target = await TestDatabase.CreateAsync();

        await target.Get<BackupService>().RestoreAsync(new MemoryStream(backup), force: false);
        var again = await target.Get<ImportService>().ImportAsync(NotesParser.Parse(Notes, "notes.md"));

        Assert.Equal(Choices.ToJson(), (await target.Get<RoleChoicesStore>().LoadAsync("notes.md"))!.ToJson());
        Assert.Equal(Encoding.UTF8.GetString(backup), Encoding.UTF8.GetString(await BackupAsync(target)));
        Assert.Equal([ImportAction.Unchanged], again.Items.Select(i => i.Action));
        var roles = JsonNode.Parse(backup)!["importRoleChoices"]![0]!;
        Assert.Equal("notes.md", roles["fileName"]!.GetValue<string>());
        Assert.Equal("group", roles["roles"]!["levels"]!["h2"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_version_3_backup_without_role_choices_still_restores_and_clears_the_ones_saved()
    {
        await using var source = await TestDatabase.CreateAsync();
        await source.Get<ImportService>().ImportAsync(NotesParser.Parse(Notes, "notes.md"));
        var json = JsonNode.Parse(await BackupAsync(source))!.AsObject();
        json["formatVersion"] = 3;
        json.Remove("importRoleChoices");
        await using var target = await TestDatabase.CreateAsync();
        await target.Get<ImportService>().ImportAsync(NotesParser.Parse(Notes, "notes.md", Choices));

        var summary = await target.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), force: true);

        Assert.Equal(3, summary.Stories);
        Assert.Null(await target.Get<RoleChoicesStore>().LoadAsync("notes.md"));
    }

    [Theory]
    [InlineData("""{ "levels": { "h2": "sometimes" } }""", "$.importRoleChoices[0].roles: not a roles file")]
    [InlineData("\"h2\"", "$.importRoleChoices[0].roles: not a roles file (an object")]
    public async Task Roles_that_are_not_a_roles_file_are_refused_before_anything_changes(string roles, string expected)
    {
        await using var source = await TestDatabase.CreateAsync();
        await source.Get<ImportService>().ImportAsync(NotesParser.Parse(Notes, "notes.md", Choices));
        var json = JsonNode.Parse(await BackupAsync(source))!;
        json["importRoleChoices"]![0]!["roles"] = JsonNode.Parse(roles);
        await using var target = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<BackupFormatException>(
            () => target.Get<BackupService>().RestoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), force: false));

        Assert.StartsWith($"not a valid StoryBank backup: {expected}", error.Message, StringComparison.Ordinal);
    }

    private static async Task<byte[]> BackupAsync(TestDatabase database)
    {
        using var stream = new MemoryStream();
        await database.Get<BackupService>().WriteAsync(stream);
        return stream.ToArray();
    }
}
