using FluentValidation;

namespace StoryBank.Core.Stories;

/// <summary>The rules every story write passes, from the editor and the importer alike. Messages name the field.</summary>
public sealed class StoryValidator : AbstractValidator<StoryDraft>
{
    public const int QuestionLength = 1_000;

    public const string NeedsQuestionOrTitle = "A story needs a question or a title: add the question it answers, or give it a title.";

    public StoryValidator()
    {
        // Without either, the story cannot be named anywhere: lists, practice and the sheet all lead with one of them.
        RuleFor(d => d.Questions)
            .Must((draft, questions) => !string.IsNullOrWhiteSpace(draft.Title) || questions.Any(q => !string.IsNullOrWhiteSpace(q)))
            .WithMessage(NeedsQuestionOrTitle);

        RuleFor(d => d.Title)
            .MaximumLength(StoryLimits.TitleLength)
            .WithMessage(d => $"Title must be at most {StoryLimits.TitleLength} characters; it has {d.Title.Length}.");

        // Each section's messages are filed under its own name ("Situation"), where the form shows them.
        foreach (var section in StarSections.All)
        {
            RuleFor(d => d.Sections.Get(section))
                .MaximumLength(StoryLimits.SectionLength)
                .WithMessage((_, text) => FormattableString.Invariant($"{section} must be at most {StoryLimits.SectionLength:N0} characters; it has {text.Length:N0}."))
                .OverridePropertyName(section.ToString());
        }

        RuleFor(d => d.Metrics)
            .Must(m => m.Count <= StoryLimits.MetricCount)
            .WithMessage(d => $"Metrics: at most {StoryLimits.MetricCount} are allowed; there are {d.Metrics.Count}.");
        RuleFor(d => d.FollowUps)
            .Must(f => f.Count <= StoryLimits.FollowUpCount)
            .WithMessage(d => $"Follow-ups: at most {StoryLimits.FollowUpCount} are allowed; there are {d.FollowUps.Count}.");

        // Item rules number items from 1, as the person sees them in the form.
        RuleFor(d => d.Metrics).Custom((metrics, context) =>
        {
            for (var i = 0; i < metrics.Count; i++)
            {
                if (metrics[i].Length > StoryLimits.MetricLength)
                {
                    context.AddFailure($"Metrics[{i}]", $"Metric {i + 1} must be at most {StoryLimits.MetricLength} characters; it has {metrics[i].Length}.");
                }
            }
        });
        RuleFor(d => d.FollowUps).Custom((followUps, context) =>
        {
            for (var i = 0; i < followUps.Count; i++)
            {
                var followUp = followUps[i];
                if (string.IsNullOrWhiteSpace(followUp.Question) && !string.IsNullOrWhiteSpace(followUp.Answer))
                {
                    context.AddFailure($"FollowUps[{i}]", $"Follow-up {i + 1} has an answer but no question.");
                }

                if (followUp.Question.Length > QuestionLength || followUp.Answer.Length > StoryLimits.SectionLength)
                {
                    context.AddFailure($"FollowUps[{i}]", FormattableString.Invariant($"Follow-up {i + 1} is too long: a question holds at most {QuestionLength:N0} characters, an answer {StoryLimits.SectionLength:N0}."));
                }
            }
        });
        RuleFor(d => d.Questions).Custom((questions, context) =>
        {
            for (var i = 0; i < questions.Count; i++)
            {
                if (questions[i].Length > QuestionLength)
                {
                    context.AddFailure($"Questions[{i}]", FormattableString.Invariant($"Question {i + 1} must be at most {QuestionLength:N0} characters."));
                }
            }
        });
    }
}
