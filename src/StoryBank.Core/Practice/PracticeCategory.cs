namespace StoryBank.Core.Practice;

/// <summary>A category to practise, with how many questions it offers.</summary>
public sealed record PracticeCategory(string Slug, string Name, int QuestionCount);
