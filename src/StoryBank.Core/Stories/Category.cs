namespace StoryBank.Core.Stories;

/// <summary>A kind of behavioral question ("Conflict with peers"), seeded from the taxonomy.</summary>
public sealed class Category
{
    public int Id { get; set; }

    /// <summary>Stable, URL-safe key such as <c>conflict</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Position in the taxonomy; lists and exports follow it.</summary>
    public int SortOrder { get; set; }

    /// <summary>Lower-case words that suggest this category when they occur in a question.</summary>
    public List<string> Cues { get; set; } = [];

    public List<Question> Questions { get; set; } = [];

    public List<Story> Stories { get; set; } = [];
}
