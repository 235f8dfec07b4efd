namespace StoryBank.Core.Stories;

/// <summary>What a person (or the importer) writes into a story; the editor binds to it and the validator checks it.</summary>
public sealed class StoryDraft
{
    public string Title { get; set; } = "";

    /// <summary>Texts of the questions the story answers; unknown ones are added to the bank.</summary>
    public List<string> Questions { get; set; } = [];

    public int? CategoryId { get; set; }

    public StarSections Sections { get; set; } = StarSections.Empty;

    public List<string> Metrics { get; set; } = [];

    public List<FollowUp> FollowUps { get; set; } = [];

    /// <summary>A draft holding the story's current content, for editing.</summary>
    public static StoryDraft From(Story story) => new()
    {
        Title = story.Title,
        Questions = story.Questions.Select(q => q.Text).ToList(),
        CategoryId = story.CategoryId,
        Sections = story.Sections,
        Metrics = [.. story.Metrics],
        FollowUps = [.. story.FollowUps],
    };
}
