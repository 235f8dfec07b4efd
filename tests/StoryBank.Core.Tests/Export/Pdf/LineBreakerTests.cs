using StoryBank.Core.Export.Pdf;

namespace StoryBank.Core.Tests.Export.Pdf;

public sealed class LineBreakerTests
{
    private static readonly TextStyle Body = new(FontFace.Regular, 10);

    [Fact]
    public void Lines_break_at_spaces_and_never_pass_the_width()
    {
        var text = string.Join(" ", Enumerable.Repeat("alpha beta gamma delta", 20));

        var lines = LineBreaker.Wrap([new TextRun(text, Body)], 150);

        Assert.True(lines.Count > 5);
        Assert.All(lines, line => Assert.InRange(line.Width, 1, 150));
        Assert.Equal(text, string.Join(" ", lines.Select(l => l.Text)));
    }

    [Fact]
    public void Runs_of_spaces_collapse_and_words_in_two_styles_stay_together()
    {
        var lines = LineBreaker.Wrap([new TextRun("up   by ", Body), new TextRun("35", Body.With(FontFace.Bold)), new TextRun("%  today", Body)], 500);

        var line = Assert.Single(lines);
        Assert.Equal("up by 35% today", line.Text);
        Assert.Equal([FontFace.Regular, FontFace.Bold, FontFace.Regular], line.Runs.Select(r => r.Run.Style.Face));
    }

    [Fact]
    public void A_line_limit_ends_the_last_line_with_an_ellipsis_after_a_whole_word()
    {
        var text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";

        var lines = LineBreaker.Wrap([new TextRun(text, Body)], 90, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1].Text, StringComparison.Ordinal);
        Assert.InRange(lines[1].Width, 1, 90);
        var kept = lines[0].Text + " " + lines[1].Text.TrimEnd('…');
        Assert.StartsWith(kept + " ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_within_the_line_limit_gets_no_ellipsis()
    {
        var lines = LineBreaker.Wrap([new TextRun("short enough", Body)], 200, maxLines: 2);

        Assert.Equal("short enough", Assert.Single(lines).Text);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_split_between_characters()
    {
        var word = new string('x', 200);

        var lines = LineBreaker.Wrap([new TextRun(word, Body)], 100);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.InRange(line.Width, 1, 100));
        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void A_hard_break_starts_a_new_line()
    {
        var lines = LineBreaker.Wrap([new TextRun("first", Body), new TextRun(TextRun.HardBreak, Body), new TextRun("second", Body)], 500);

        Assert.Equal(["first", "second"], lines.Select(l => l.Text));
    }
}
