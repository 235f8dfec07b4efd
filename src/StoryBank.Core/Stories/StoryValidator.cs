using FluentValidation;

namespace StoryBank.Core.Stories;

/// <summary>The rules every story write passes, from the editor and the importer alike. Messages name the field.</summary>
public sealed class StoryValidator : AbstractValidator<StoryDraft>
{
    public const int QuestionLength = 1_000;

    public StoryValidator()
    {
        RuleFor(d => d.Title)
            .MaximumLength(StoryLimits.TitleLength)
            .WithMessage(d => $"Title must be at most {StoryLimits.TitleLength} characters; it has {d.Title.Length}.");

        SectionRule(d => d.Situation, "Situation");
        SectionRule(d => d.Role, "Role");
        SectionRule(d => d.Action, "Action");
        SectionRule(d => d.Outcome, "Outcome");
        SectionRule(d => d.Reflection, "Reflection");
        SectionRule(d => d.Notes, "Notes");

        RuleFor(d => d.Metrics)
            .Must(m => m.Count <= StoryLimits.MetricCount)
            .WithMessage(d => $"Metrics: at most {StoryLimits.MetricCount} are allowed; there are {d.Metrics.Count}.");
        RuleForEach(d => d.Metrics)
            .Must(m => m.Length <= StoryLimits.MetricLength)
            .WithMessage((_, metric) => $"Metric {{CollectionIndex}} must be at most {StoryLimits.MetricLength} characters; it has {metric.Length}.")
            .OverridePropertyName("Metrics");

        RuleFor(d => d.FollowUps)
            .Must(f => f.Count <= StoryLimits.FollowUpCount)
            .WithMessage(d => $"Follow-ups: at most {StoryLimits.FollowUpCount} are allowed; there are {d.FollowUps.Count}.");
        RuleForEach(d => d.FollowUps)
            .Must(f => !string.IsNullOrWhiteSpace(f.Question) || string.IsNullOrWhiteSpace(f.Answer))
            .WithMessage("Follow-up {CollectionIndex} has an answer but no question.")
            .OverridePropertyName("FollowUps");
        RuleForEach(d => d.FollowUps)
            .Must(f => f.Question.Length <= QuestionLength && f.Answer.Length <= StoryLimits.SectionLength)
            .WithMessage($"Follow-up {{CollectionIndex}} is too long: a question holds at most {QuestionLength} characters, an answer {StoryLimits.SectionLength}.")
            .OverridePropertyName("FollowUps");

        RuleForEach(d => d.Questions)
            .Must(q => q.Length <= QuestionLength)
            .WithMessage($"Question {{CollectionIndex}} must be at most {QuestionLength} characters.")
            .OverridePropertyName("Questions");
    }

    private void SectionRule(System.Linq.Expressions.Expression<Func<StoryDraft, string>> section, string name) =>
        RuleFor(section)
            .MaximumLength(StoryLimits.SectionLength)
            .WithMessage((_, text) => $"{name} must be at most {StoryLimits.SectionLength:N0} characters; it has {text.Length:N0}.")
            .OverridePropertyName(name);
}
