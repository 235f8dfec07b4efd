using StoryBank.Core.Stories;

namespace StoryBank.Core.Fill;

/// <summary>
/// A gap opened against its story as it is now: the text box's starting <see cref="Text"/>, what the box is called and
/// the rest of the story as context. <see cref="Story"/>'s version is the one a save expects.
/// </summary>
public sealed record FillStep(FillGap Gap, Story Story, string Text, string FieldLabel, int? FollowUpIndex)
{
    public string Prompt => Gap.Prompt;

    /// <summary>The story's other sections (name and Markdown), in telling order, the one being filled left out.</summary>
    public IReadOnlyList<(string Name, string Text)> Context =>
        Story.Sections.Texts()
        .Where(s => s.Section != Gap.Section)
        .Select(s => (Name: s.Section.ToString(), Text: s.Text))
        .Append((Name: "Follow-ups", Text: string.Join("\n", Story.FollowUps.Select(f => $"- {f.Question} {f.Answer}".TrimEnd()))))
        .Where(s => SectionText.IsFilled(s.Text))
        .ToList();
}
