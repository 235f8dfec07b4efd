using StoryBank.Core.Stories;

namespace StoryBank.Core.Practice;

/// <summary>One rehearsal of a question: how long the answer took and how it went. Every attempt is kept.</summary>
public sealed class PracticeAttempt
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    public Question? Question { get; set; }

    /// <summary>The story the cue card showed for the question, or null when there was none.</summary>
    public int? StoryId { get; set; }

    public Story? Story { get; set; }

    /// <summary>Time on the timer when the attempt was rated.</summary>
    public TimeSpan Duration { get; set; }

    public PracticeRating Rating { get; set; }

    /// <summary>UTC.</summary>
    public DateTime AttemptedAt { get; set; }
}
