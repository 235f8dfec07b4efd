namespace StoryBank.Core.Import;

/// <summary>
/// The roles a person chose for the blocks of one notes file, kept so that importing the same file again reads it the
/// same way without correcting it twice.
/// </summary>
public sealed class ImportRoleChoices
{
    /// <summary>The notes file name: the part of every <see cref="Stories.Story.ImportKey"/> that names the file.</summary>
    public required string FileName { get; set; }

    /// <summary>The choices in the roles-file format (<see cref="RoleChoices"/>).</summary>
    public required string Json { get; set; }

    public DateTime SavedAt { get; set; }
}
