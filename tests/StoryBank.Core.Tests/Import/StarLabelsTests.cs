using StoryBank.Core.Import;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Import;

public sealed class StarLabelsTests
{
    [Theory]
    [InlineData("**🎯 S**: we had no tests", StorySection.Situation, "we had no tests")]
    [InlineData("✅ Result: it shipped", StorySection.Outcome, "it shipped")]
    [InlineData("S - we had no tests", StorySection.Situation, "we had no tests")]
    [InlineData("S → we had no tests", StorySection.Situation, "we had no tests")]
    [InlineData("S) we had no tests", StorySection.Situation, "we had no tests")]
    [InlineData("[S] we had no tests", StorySection.Situation, "we had no tests")]
    [InlineData("situation: we had no tests", StorySection.Situation, "we had no tests")]
    [InlineData("L: test the risky part first", StorySection.Reflection, "test the risky part first")]
    [InlineData("Learning: test the risky part first", StorySection.Reflection, "test the risky part first")]
    [InlineData("Task: keep the release on time", StorySection.Role, "keep the release on time")]
    [InlineData("Ситуация: не было тестов", StorySection.Situation, "не было тестов")]
    [InlineData("情境：没有测试", StorySection.Situation, "没有测试")]
    [InlineData("Situtation: we had no tests", StorySection.Situation, "we had no tests")]
    [InlineData("Taks: keep the release on time", StorySection.Role, "keep the release on time")]
    [InlineData("Actoin: wrote the tests", StorySection.Action, "wrote the tests")]
    [InlineData("Resutl: it shipped", StorySection.Outcome, "it shipped")]
    public void Labels_written_in_many_ways_name_their_section(string line, StorySection section, string content)
    {
        var label = StarLabels.Match(line);

        Assert.NotNull(label);
        Assert.Equal((LabelKind.Section, section), (label.Value.Kind, label.Value.Section));
        Assert.Equal(content, line[label.Value.ContentStart..]);
    }

    [Theory]
    [InlineData("Actoin of the committee was slow")]
    [InlineData("Talk: the team met weekly")]
    [InlineData("Faction: the two teams split")]
    public void A_misspelled_label_counts_only_with_its_colon_and_only_for_a_close_misspelling(string line)
    {
        Assert.Null(StarLabels.Match(line));
    }
}
