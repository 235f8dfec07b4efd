namespace StoryBank.Core.Import;

/// <summary>
/// Turns a person's Markdown interview notes into stories in three stages: the outline of the notes
/// (<see cref="OutlineReader"/>), a role for each block (<see cref="RoleInference"/>, corrected by the person's
/// <see cref="RoleChoices"/>), and the stories built from those roles (<see cref="StoryAssembler"/>).
/// </summary>
public static class NotesParser
{
    /// <summary>Reads notes already decoded to text. Never throws on odd Markdown: what it cannot place becomes a warning.</summary>
    /// <param name="text">The notes (a byte-order mark and CRLF line endings are fine).</param>
    /// <param name="fileName">The file name stories record as their source.</param>
    public static NotesImport Parse(string text, string fileName) => Parse(text, fileName, NoteChunks.DefaultSize);

    /// <summary><see cref="Parse(string, string)"/> with the person's corrections of the inferred roles.</summary>
    public static NotesImport Parse(string text, string fileName, RoleChoices choices) => Parse(text, fileName, NoteChunks.DefaultSize, choices);

    /// <summary><see cref="Parse(string, string)"/> with large notes parsed in pieces of at least <paramref name="chunkSize"/>.</summary>
    internal static NotesImport Parse(string text, string fileName, int chunkSize, RoleChoices? choices = null)
    {
        text = NormalizeNewlines(text);
        try
        {
            return Walk(NoteBlockReader.Read(text, chunkSize), fileName, flattened: null, choices) with { Text = text, Choices = choices };
        }
        catch (MarkdownTooDeepException)
        {
            // Markdig's nesting limit: read the same words with the nesting capped.
            var (capped, firstChangedLine) = DeepNesting.Flatten(text);
            var flattened = new ImportWarning(
                Math.Max(1, firstChangedLine),
                $"Lists or quotes nested more than {DeepNesting.MaxDepth} levels deep were flattened to {DeepNesting.MaxDepth} levels; the text is kept.");
            return Walk(NoteBlockReader.Read(capped, chunkSize), fileName, flattened, choices) with { Text = text, Choices = choices };
        }
    }

    private static NotesImport Walk(IEnumerable<NoteBlock> blocks, string fileName, ImportWarning? flattened, RoleChoices? choices)
    {
        var outline = OutlineReader.Read(blocks);
        var roles = StorylessNotes.Read(outline, RoleInference.Infer(outline, choices), choices);
        return StoryAssembler.Assemble(outline, roles, fileName, flattened is null ? [] : [flattened]) with
        {
            RolesSource = new Lazy<RoleChoices>(() => RoleInference.Describe(outline, roles)),
        };
    }

    private static string NormalizeNewlines(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }
}
