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
        new (FillTarget? Target, string Name, string Text)[]
        {
            (FillTarget.Situation, "Situation", Story.Situation),
            (FillTarget.Role, "Role", Story.Role),
            (FillTarget.Action, "Action", Story.Action),
            (FillTarget.Outcome, "Outcome", Story.Outcome),
            (null, "Reflection", Story.Reflection),
            (null, "Notes", Story.Notes),
            (null, "Follow-ups", string.Join("\n", Story.FollowUps.Select(f => $"- {f.Question} {f.Answer}".TrimEnd()))),
        }
        .Where(s => s.Target != Gap.Target && SectionText.IsFilled(s.Text))
        .Select(s => (s.Name, s.Text))
        .ToList();
}
