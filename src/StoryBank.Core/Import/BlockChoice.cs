namespace StoryBank.Core.Import;

/// <summary>The role of one block, by its first line; <see cref="Level"/> and <see cref="Text"/> only help a person read the file.</summary>
public sealed record BlockChoice(int Line, BlockRole Role)
{
    /// <summary>The block's level key (<c>h2</c>, <c>list1</c>) or kind (<c>paragraph</c>, <c>table</c>…).</summary>
    public string? Level { get; init; }

    /// <summary>The start of the block's first line.</summary>
    public string? Text { get; init; }
}
