namespace StoryBank.Core.Data;

/// <summary>The database file is in trouble; <see cref="Problem"/> says what and what to do, in one line.</summary>
public sealed class DatabaseProblemException(DatabaseProblem problem, Exception? inner = null) : Exception(problem.Message, inner)
{
    public DatabaseProblem Problem { get; } = problem;
}
