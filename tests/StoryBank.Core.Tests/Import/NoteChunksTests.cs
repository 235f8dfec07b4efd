using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class NoteChunksTests
{
    [Fact]
    public void Notes_are_cut_only_before_headings_and_the_pieces_cover_them_exactly()
    {
        const string Notes = "# Prep\nintro\n## Why us?\n- a\n- b\n#hashtag is no heading\n### Tell me about a conflict\ntext\n";

        var pieces = NoteChunks.Split(Notes, 1);

        Assert.Equal(["# Prep\nintro\n", "## Why us?\n- a\n- b\n#hashtag is no heading\n", "### Tell me about a conflict\ntext\n"], pieces.Select(p => Notes[p.Start..p.End]));
    }

    [Fact]
    public void A_piece_is_at_least_the_given_size()
    {
        const string Notes = "## A\nx\n## B\ny\n## C\nz\n";

        var pieces = NoteChunks.Split(Notes, 10);

        Assert.Equal(["## A\nx\n## B\ny\n", "## C\nz\n"], pieces.Select(p => Notes[p.Start..p.End]));
    }

    [Theory]
    [InlineData("## A\n```\n# a comment in code\n```\n## B\n")]
    [InlineData("## A\n~~~\n# a comment in code\n~~~\n## B\n")]
    [InlineData("## A\n<details>\n# inside the HTML block\n</details>\n## B\n")]
    [InlineData("## A\nsee [the doc][d]\n## B\n[d]: https://example.com\n")]
    [InlineData("---\ntitle: prep\n# a YAML comment\n---\n## A\n")]
    public void Notes_with_what_could_carry_over_a_cut_are_read_whole(string notes)
    {
        Assert.Single(NoteChunks.Split(notes, 1));
    }
}
