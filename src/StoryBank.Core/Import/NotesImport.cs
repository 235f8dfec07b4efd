namespace StoryBank.Core.Import;

/// <summary>What the importer read from one notes file, before anything is saved.</summary>
public sealed record NotesImport
{
    /// <summary>The file name (no folder), as stories record it.</summary>
    public required string FileName { get; init; }

    public required IReadOnlyList<ImportedStory> Stories { get; init; }

    public required IReadOnlyList<ImportWarning> Warnings { get; init; }

    /// <summary>
    /// The role of each block as inferred (and corrected by the choices the notes were read with), in the roles-file
    /// format; worked out when first asked for, as most imports never show it.
    /// </summary>
    public RoleChoices Roles => RolesSource?.Value ?? RoleChoices.None;

    internal Lazy<RoleChoices>? RolesSource { get; init; }

    /// <summary>Structure the importer consumed instead of keeping: labels, group headings, probes that named a section.</summary>
    internal IReadOnlyList<string> ConsumedStructure { get; init; } = [];

    /// <summary>The notes as read (newlines normalized), so they can be read again with other roles (<see cref="RoleCorrections"/>).</summary>
    internal string? Text { get; init; }

    /// <summary>The person's roles the notes were read with; null when read without any, so saved ones may apply.</summary>
    public RoleChoices? Choices { get; init; }
}
