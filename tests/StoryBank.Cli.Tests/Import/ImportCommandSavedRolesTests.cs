namespace StoryBank.Cli.Tests.Import;

public sealed class ImportCommandSavedRolesTests : IDisposable
{
    // Read as written, "Teamwork" (it has text of its own) is a question like the two below it.
    private const string Notes = """
        ## Teamwork
        We work in pods of five.

        ### Tell me about a conflict with a coworker
        **Situation:** Two teams wanted the same cluster.

        ### Tell me about a time you helped a teammate
        **Situation:** A new hire was stuck on the build.
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_roles_file_given_once_is_applied_when_the_same_file_is_imported_again_without_it()
    {
        var database = Path.Combine(_folder.Path, "storybank.db");
        var notes = Path.Combine(_folder.Path, "notes.md");
        var roles = Path.Combine(_folder.Path, "roles.json");
        await File.WriteAllTextAsync(notes, Notes);
        await File.WriteAllTextAsync(roles, """{ "levels": { "h2": "meta" }, "blocks": [ { "line": 1, "role": "group" } ] }""");

        var first = await CliRun.InvokeAsync("import", notes, "--roles", roles, "--db", database);
        var again = await CliRun.InvokeAsync("import", notes, "--db", database);

        Assert.StartsWith("2 created, 0 updated, 0 unchanged", first.Output, StringComparison.Ordinal);
        Assert.StartsWith("0 created, 0 updated, 2 unchanged", again.Output, StringComparison.Ordinal);
    }
}
