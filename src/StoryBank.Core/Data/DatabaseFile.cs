namespace StoryBank.Core.Data;

/// <summary>
/// The database file the Core services work on, so a page or a command can say which file is in trouble.
/// Registered by <c>AddStoryBankCore</c>.
/// </summary>
/// <param name="Path">The file (or <c>:memory:</c>).</param>
public sealed record DatabaseFile(string Path)
{
    /// <summary>The sentence for <paramref name="exception"/> when it is trouble with this file, else null.</summary>
    public DatabaseProblem? ProblemIn(Exception exception) => DatabaseProblem.From(exception, Path);
}
