namespace StoryBank.Core.Stories;

/// <summary>An interview prompt: a canonical one from the taxonomy or one taken from the person's notes.</summary>
public sealed class Question
{
    public int Id { get; set; }

    public required string Text { get; set; }

    /// <summary>Other ways the same question is asked ("coworker was difficult to work with").</summary>
    public List<string> Variants { get; set; } = [];

    public int? CategoryId { get; set; }

    public Category? Category { get; set; }

    /// <summary>True for the taxonomy's own prompts, false for questions from the person's notes.</summary>
    public bool IsCanonical { get; set; }

    public List<Story> Stories { get; set; } = [];
}
