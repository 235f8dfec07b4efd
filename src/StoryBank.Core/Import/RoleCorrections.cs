namespace StoryBank.Core.Import;

/// <summary>Reads notes again with the person's corrections of the inferred roles, as the Import page does on each change.</summary>
public static class RoleCorrections
{
    /// <summary>The same notes read with <paramref name="choices"/> (<see cref="RoleChoices.None"/> for none: what inference decides).</summary>
    /// <exception cref="InvalidOperationException">The import was not read by <see cref="NotesParser"/>, so its text is not at hand.</exception>
    public static NotesImport Apply(NotesImport import, RoleChoices choices)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(choices);
        var text = import.Text ?? throw new InvalidOperationException($"{import.FileName}: the notes' text is not kept, so they cannot be read again.");
        return NotesParser.Parse(text, import.FileName, choices);
    }
}
