namespace StoryBank.Core.Import;

/// <summary>
/// Features of each level of the outline, read from all the headings of that level under one parent together: a level
/// where most headings read as questions is the question level, so a plain-worded heading there is a question too,
/// not a group.
/// </summary>
internal sealed class LevelProfile
{
    /// <summary>Per parent node and heading level: whether that level of siblings is the question level.</summary>
    private readonly HashSet<(int Parent, int Level)> _questionLevels = [];

    public static LevelProfile Of(NoteOutline outline)
    {
        var profile = new LevelProfile();
        var counts = new Dictionary<(int Parent, int Level), (int Headings, int Questions)>();
        foreach (var node in outline.Nodes)
        {
            if (node.Kind != NoteBlockKind.Heading)
            {
                continue;
            }

            var key = (node.Parent?.Index ?? -1, node.Level);
            var (headings, questions) = counts.GetValueOrDefault(key);
            var text = RoleInference.HeadingText(node);
            counts[key] = (headings + 1, questions + (QuestionText.IsQuestionLike(text) ? 1 : 0));
        }

        foreach (var (key, (headings, questions)) in counts)
        {
            // Two of three, and at least three: a level with one question among topics stays a level of topics.
            if (questions >= 3 && questions * 3 >= headings * 2)
            {
                profile._questionLevels.Add(key);
            }
        }

        return profile;
    }

    public bool IsQuestionLevel(OutlineNode heading) => _questionLevels.Contains((heading.Parent?.Index ?? -1, heading.Level));
}
