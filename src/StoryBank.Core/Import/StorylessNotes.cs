using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Notes that tell stories without asking any question: labelled STAR under headings that only name the format, or one
/// paragraph of prose. When inference finds no question and no story title, but the notes hold a story's worth of
/// text, this reads them story-first: each heading over text of its own names a story (its question stays empty), and
/// text under no such heading is one story with neither question nor title. Notes with nothing story-like (a line or
/// two of jottings) are left as they are, so the importer can say there is nothing to import.
/// </summary>
internal static class StorylessNotes
{
    /// <summary>
    /// Fewer words than this, with no STAR label among them, tell nothing that happened ("just thoughts, no questions"):
    /// a story needs at least a sentence or two.
    /// </summary>
    public const int MinStoryWords = 12;

    /// <param name="outline">The notes' outline.</param>
    /// <param name="roles">The roles inference gave (with the person's choices applied).</param>
    /// <param name="choices">The person's choices: a role they chose is never changed.</param>
    /// <returns><paramref name="roles"/> itself when the notes hold a story already or nothing story-like; else the roles read story-first.</returns>
    public static NodeRole[] Read(NoteOutline outline, NodeRole[] roles, RoleChoices? choices)
    {
        if (Array.Exists(roles, r => r.Role is BlockRole.Question or BlockRole.StoryTitle) || !TellsAStory(outline, roles))
        {
            return roles;
        }

        choices ??= RoleChoices.None;
        var byLine = new Dictionary<int, BlockRole>();
        foreach (var block in choices.Blocks)
        {
            byLine[block.Line] = block.Role;
        }

        var read = (NodeRole[])roles.Clone();

        // The heading level of the story being read; int.MaxValue for a story text opened with no heading above it.
        int? storyLevel = null;

        // The level of a heading the person chose meta for: its whole section stays out, as they said.
        int? leftOutLevel = null;
        var started = false;
        for (var i = 0; i < read.Length; i++)
        {
            var node = outline.Nodes[i];
            if (node.Kind == NoteBlockKind.Heading && leftOutLevel is { } outLevel && node.Level <= outLevel)
            {
                leftOutLevel = null;
            }

            var chosen = choices.For(node, byLine);
            if (chosen == BlockRole.Meta && node.Kind == NoteBlockKind.Heading)
            {
                leftOutLevel = node.Level;
            }

            if (leftOutLevel is not null && chosen is null)
            {
                continue;
            }

            if (chosen is not null)
            {
                if (node.Kind == NoteBlockKind.Heading && storyLevel is { } open && node.Level <= open)
                {
                    storyLevel = null;
                }

                continue;
            }

            if (!LeftOutAsNoStory(roles[i]))
            {
                continue;
            }

            if (node.Kind == NoteBlockKind.Heading)
            {
                if (storyLevel is { } level && node.Level > level)
                {
                    // Inside the story: a STAR heading labels its section; any other heading is the story's own text.
                    read[i] = new NodeRole(StarLabels.Match(RoleInference.HeadingText(node), bare: true) is { Kind: LabelKind.Section } ? BlockRole.SectionLabel : BlockRole.Answer);
                }
                else if (HasOwnText(node))
                {
                    read[i] = new NodeRole(BlockRole.StoryTitle, CategoryClassifier.ForStory([], RoleInference.HeadingText(node)));
                    storyLevel = node.Level;
                    started = true;
                }
                else
                {
                    // Over the stories only: the document's title, or a heading that groups them.
                    read[i] = !started ? new NodeRole(BlockRole.Meta, Reason: MetaReason.DocumentTitle) : new NodeRole(BlockRole.Group);
                    storyLevel = null;
                }
            }
            else
            {
                read[i] = new NodeRole(BlockRole.Answer, OpensStory: storyLevel is null);
                storyLevel ??= int.MaxValue;
                started = true;
            }
        }

        return read;
    }

    /// <summary>
    /// A story opened by text under no question or title, with a title taken from its own words (the first of
    /// <see cref="TitleSuggestions"/>, else its first words): a story needs a question or a title to be saved, and the
    /// title the person would pick in one click is the least made-up one.
    /// </summary>
    public static ImportedStory Titled(ImportedStory story)
    {
        if (story.Question.Length > 0 || story.Title.Length > 0)
        {
            return story;
        }

        var draft = new StoryDraft
        {
            Sections = story.Sections,
            Metrics = [.. story.Metrics],
            FollowUps = [.. story.FollowUps],
        };
        var title = TitleSuggestions.For(draft, 1) is [var suggested, ..]
            ? suggested
            : FirstWords(string.Join(" ", story.Sections.Texts().Select(section => section.Text)));
        return story with { Title = title };
    }

    private static string FirstWords(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(TitleSuggestions.MaxWords));

    /// <summary>Roles inference gives text it found no question for: those the story-first reading may take.</summary>
    private static bool LeftOutAsNoStory(NodeRole role) =>
        role.Role == BlockRole.Group
        || (role.Role == BlockRole.Meta && role.Reason is MetaReason.OutsideStory or MetaReason.NonQuestionSection or MetaReason.InNonQuestionSection or MetaReason.DocumentTitle);

    /// <summary>A heading with text of its own before any heading beneath it.</summary>
    private static bool HasOwnText(OutlineNode heading) =>
        heading.Children.Count > 0 && heading.Children[0].Kind is not (NoteBlockKind.Heading or NoteBlockKind.FrontMatter);

    /// <summary>A STAR label, or at least <see cref="MinStoryWords"/> words, in the text left out.</summary>
    private static bool TellsAStory(NoteOutline outline, NodeRole[] roles)
    {
        var words = 0;
        for (var i = 0; i < roles.Length; i++)
        {
            var node = outline.Nodes[i];
            if (node.Kind is NoteBlockKind.Heading or NoteBlockKind.FrontMatter or NoteBlockKind.Markup || !LeftOutAsNoStory(roles[i]))
            {
                continue;
            }

            foreach (var line in node.Block!.Lines)
            {
                if (StarLabels.Match(line.Text) is { Kind: LabelKind.Section })
                {
                    return true;
                }

                words += Words(line.Text);
            }

            if (words >= MinStoryWords)
            {
                return true;
            }
        }

        return false;
    }

    private static int Words(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }
}
