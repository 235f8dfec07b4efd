using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class StoryValidatorTests
{
    private readonly StoryValidator _validator = new();

    [Fact]
    public void A_story_at_every_limit_is_valid()
    {
        var draft = new StoryDraft
        {
            Title = new string('t', StoryLimits.TitleLength),
            Sections = new() { Situation = new string('s', StoryLimits.SectionLength), Role = new string('r', StoryLimits.SectionLength), Action = new string('a', StoryLimits.SectionLength), Outcome = new string('o', StoryLimits.SectionLength), Reflection = new string('f', StoryLimits.SectionLength), Notes = new string('n', StoryLimits.SectionLength) },
            Metrics = Enumerable.Repeat(new string('m', StoryLimits.MetricLength), StoryLimits.MetricCount).ToList(),
            FollowUps = Enumerable.Repeat(new FollowUp { Question = "Why?", Answer = "Because." }, StoryLimits.FollowUpCount).ToList(),
        };

        Assert.True(_validator.Validate(draft).IsValid);
    }

    [Fact]
    public void A_story_with_only_a_question_or_only_a_title_is_valid_so_gaps_can_be_filled_later()
    {
        Assert.True(_validator.Validate(new StoryDraft { Questions = ["Why Facebook?"] }).IsValid);
        Assert.True(_validator.Validate(new StoryDraft { Title = "Kubernetes for the contractors" }).IsValid);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", " \t ")]
    public void A_story_without_a_question_or_a_title_is_refused_on_its_questions(string title, string question)
    {
        var error = SingleError(new StoryDraft { Title = title, Questions = [question], Sections = new() { Situation = "Some text." }});

        Assert.Equal("Questions", error.PropertyName);
        Assert.Equal(StoryValidator.NeedsQuestionOrTitle, error.ErrorMessage);
    }

    [Fact]
    public void A_long_title_is_rejected_with_its_name()
    {
        var error = SingleError(new StoryDraft { Title = new string('t', 121) });

        Assert.Equal("Title", error.PropertyName);
        Assert.Contains("Title", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("120", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Situation")]
    [InlineData("Role")]
    [InlineData("Action")]
    [InlineData("Outcome")]
    [InlineData("Reflection")]
    [InlineData("Notes")]
    public void A_long_section_is_rejected_with_its_name(string section)
    {
        var draft = new StoryDraft { Title = "Quotas", Sections = StarSections.Empty.With(Enum.Parse<StorySection>(section), new string('x', StoryLimits.SectionLength + 1)) };

        var error = SingleError(draft);

        Assert.Equal(section, error.PropertyName);
        Assert.StartsWith(section, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("20,000", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_metric_is_rejected_with_its_position()
    {
        var error = SingleError(new StoryDraft { Title = "Quotas", Metrics = ["fine", new string('m', 201)] });

        Assert.StartsWith("Metrics", error.PropertyName, StringComparison.Ordinal);
        Assert.Contains("Metric 2", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("200", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_metrics_are_rejected()
    {
        var error = SingleError(new StoryDraft { Title = "Quotas", Metrics = Enumerable.Repeat("1", 51).ToList() });

        Assert.Equal("Metrics", error.PropertyName);
        Assert.Contains("at most 50", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_follow_ups_are_rejected()
    {
        var error = SingleError(new StoryDraft { Title = "Quotas", FollowUps = Enumerable.Repeat(new FollowUp { Question = "Why?" }, 51).ToList() });

        Assert.Equal("FollowUps", error.PropertyName);
        Assert.Contains("Follow-ups", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("at most 50", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_with_an_answer_needs_a_question()
    {
        var error = SingleError(new StoryDraft
        {
            Title = "Quotas",
            FollowUps = [new FollowUp { Question = "Fine?", Answer = "Yes" }, new FollowUp { Question = " ", Answer = "An orphan answer" }],
        });

        Assert.StartsWith("FollowUps", error.PropertyName, StringComparison.Ordinal);
        Assert.Equal("Follow-up 2 has an answer but no question.", error.ErrorMessage);
    }

    [Fact]
    public void A_follow_up_question_without_an_answer_is_fine()
    {
        Assert.True(_validator.Validate(new StoryDraft { Title = "Quotas", FollowUps = [new FollowUp { Question = "Not answered yet?" }] }).IsValid);
    }

    private FluentValidation.Results.ValidationFailure SingleError(StoryDraft draft) =>
        Assert.Single(_validator.Validate(draft).Errors);
}
