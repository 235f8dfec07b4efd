namespace StoryBank.Core.Import;

/// <summary>
/// "// Tell me about a time you failed" on a line of its own at the top level: notes written in a code editor, where
/// <c>//</c> marks the person's questions, with the answer on the lines below (or none yet). Inside a story opened by
/// such a line every such line is the next question; inside any other story a <c>//</c> line is an aside (notes) unless
/// it asks for a story of its own ("Tell me about…").
/// </summary>
internal static class CommentQuestion
{
    private const string Marker = "//";

    /// <summary>Whether <paramref name="block"/> is a top-level paragraph whose first line is a <c>//</c> question.</summary>
    public static bool Is(NoteBlock block)
    {
        if (block.Kind != NoteBlockKind.Paragraph || block.Depth != 0)
        {
            return false;
        }

        var text = Text(block.Lines[0].Text);
        return text is { Length: > 0 } && StarLabels.Match(text) is null && QuestionText.IsQuestionLike(WithoutPlease(text));
    }

    /// <summary>Whether a <c>//</c> question inside another story asks for one of its own rather than probing it.</summary>
    public static bool AsksForItsOwnStory(NoteBlock block) => Is(block) && QuestionText.IsPrompt(WithoutPlease(Text(block.Lines[0].Text)!));

    /// <summary>"Please tell me why…" asks as "Tell me why…" does.</summary>
    private static string WithoutPlease(string text) =>
        text.StartsWith("please ", StringComparison.OrdinalIgnoreCase) ? text["please ".Length..] : text;

    /// <summary>The text after the <c>//</c>, or null when the line is not a <c>//</c> line.</summary>
    public static string? Text(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith(Marker, StringComparison.Ordinal) && !trimmed.StartsWith("///", StringComparison.Ordinal)
            ? trimmed[Marker.Length..].Trim()
            : null;
    }
}
