namespace StoryBank.Core;

/// <summary>
/// The settings in the <c>StoryBank</c> section. The web app binds them from its configuration; the command line has no
/// configuration source, so it keeps these defaults.
/// </summary>
public sealed class StoryBankOptions
{
    /// <summary>The configuration section; the one place its name is written.</summary>
    public const string SectionName = "StoryBank";

    /// <summary>The name on the cheat sheet until one is saved in the database; null for none.</summary>
    public string? PersonName { get; set; }
}
