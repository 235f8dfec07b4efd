namespace StoryBank.Core.Practice;

/// <summary>Which questions to practise and in what order.</summary>
/// <param name="CategorySlugs">Only questions in these categories; empty for every question.</param>
/// <param name="Order">How the next one is chosen.</param>
public sealed record PracticeFilter(IReadOnlyList<string> CategorySlugs, PracticeOrder Order = PracticeOrder.Due)
{
    /// <summary>Every question, in spaced-repetition order.</summary>
    public static PracticeFilter All { get; } = new([]);
}
