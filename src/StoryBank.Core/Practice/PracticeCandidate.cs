namespace StoryBank.Core.Practice;

/// <summary>A question the scheduler may pick.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="IsOwn">True for a question from the person's stories, which new questions start with.</param>
/// <param name="CategoryOrder">The category's position in the taxonomy, so new questions take turns across categories.</param>
public sealed record PracticeCandidate(int QuestionId, bool IsOwn, int CategoryOrder);
