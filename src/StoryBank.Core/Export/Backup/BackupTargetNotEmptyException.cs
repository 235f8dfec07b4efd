namespace StoryBank.Core.Export.Backup;

/// <summary>A restore without force found stories, questions or practice history of the person's own; nothing was changed.</summary>
public sealed class BackupTargetNotEmptyException(int storyCount, int questionCount, int attemptCount = 0)
    : Exception($"The database is not empty: it holds {storyCount} {(storyCount == 1 ? "story" : "stories")}, {questionCount} {(questionCount == 1 ? "question" : "questions")} of your own and {attemptCount} practice {(attemptCount == 1 ? "attempt" : "attempts")}, which a restore would replace.")
{
    public int StoryCount { get; } = storyCount;

    /// <summary>Questions that are not the taxonomy's own.</summary>
    public int QuestionCount { get; } = questionCount;

    public int AttemptCount { get; } = attemptCount;
}
