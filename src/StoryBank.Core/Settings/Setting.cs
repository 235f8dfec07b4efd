namespace StoryBank.Core.Settings;

/// <summary>One remembered choice of the person's, by key (such as the name printed on the cheat sheet).</summary>
public sealed class Setting
{
    public required string Key { get; set; }

    public string Value { get; set; } = "";
}
