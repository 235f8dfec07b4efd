using StoryBank.Core.Export.Pdf;

namespace StoryBank.Core.Tests.Export.Pdf;

public sealed class CheatSheetFileNameTests
{
    private static readonly DateOnly Day = new(2026, 11, 29);

    [Theory]
    [InlineData("Jordan Lee", "jordan-lee-cheat-sheet-2026-11-29.pdf")]
    [InlineData("  Zoë  O'Brien-Smith ", "zoe-o-brien-smith-cheat-sheet-2026-11-29.pdf")]
    [InlineData("../../etc/passwd", "etc-passwd-cheat-sheet-2026-11-29.pdf")]
    [InlineData("李雷", "cheat-sheet-2026-11-29.pdf")]
    [InlineData("", "cheat-sheet-2026-11-29.pdf")]
    [InlineData(null, "cheat-sheet-2026-11-29.pdf")]
    public void The_file_is_named_after_the_slug_of_the_name_and_the_day(string? name, string expected)
    {
        Assert.Equal(expected, CheatSheetFileName.For(name, Day));
    }

    [Fact]
    public void A_very_long_name_gives_a_slug_of_at_most_60_characters()
    {
        var name = CheatSheetFileName.For(string.Join(" ", Enumerable.Repeat("Bartholomew", 30)), Day);

        Assert.EndsWith("-cheat-sheet-2026-11-29.pdf", name, StringComparison.Ordinal);
        Assert.InRange(name.Length - "-cheat-sheet-2026-11-29.pdf".Length, 1, 60);
        Assert.DoesNotContain("--", name, StringComparison.Ordinal);
    }
}
