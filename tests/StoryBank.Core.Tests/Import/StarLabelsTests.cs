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
    public void Labels_written_in_many_ways_name_their_section(string line, StorySection section, string content)
    {
        var label = StarLabels.Match(line);

        Assert.NotNull(label);
        Assert.Equal((LabelKind.Section, section), (label.Value.Kind, label.Value.Section));
        Assert.Equal(content, line[label.Value.ContentStart..]);
    }
}
