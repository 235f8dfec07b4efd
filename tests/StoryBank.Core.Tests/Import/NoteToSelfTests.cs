using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class NoteToSelfTests
{
    [Theory]
    [InlineData("TODO: add the numbers")]
    [InlineData("didnt write this one yet")]
    [InlineData("TBD")]
    [InlineData("still need to write this up")]
    public void A_line_about_writing_the_notes_is_a_note_to_self(string line)
    {
        Assert.True(NoteToSelf.Is(line));
    }

    [Theory]
    [InlineData("I didn't write the original service, but I owned it.")]
    [InlineData("no notes yet, just do the 90 second version")]
    public void A_line_about_what_happened_is_not(string line)
    {
        Assert.False(NoteToSelf.Is(line));
    }
}
