using StoryBank.Core.Coaching;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Fill;

/// <summary>
/// The fill flow: the ranked gaps one text box can fix, each opened against its story, and saves that go through
/// <see cref="StoryService.UpdateAsync"/> (the editor's validator and version check) like any other edit.
/// </summary>
public sealed class FillService(CoachingService coaching, StoryService stories)
{
    /// <summary>The gaps in "what to fill next" order, optionally for one category (or <see cref="StoryQuery.NoCategory"/>) and one kind.</summary>
    public async Task<IReadOnlyList<FillGap>> GapsAsync(string? categorySlug = null, FillKind? kind = null, CancellationToken cancellationToken = default)
    {
        var findings = await coaching.FindingsAsync(categorySlug, cancellationToken: cancellationToken);
        return findings
            .Select(FillGaps.For)
            .OfType<FillGap>()
            .Where(g => kind is null || g.Kind == kind)
            .ToList();
    }

    /// <summary>The gap against its story as it is now, or null when the story was deleted.</summary>
    public async Task<FillStep?> OpenAsync(FillGap gap, CancellationToken cancellationToken = default)
    {
        var story = await stories.GetAsync(gap.StoryId, cancellationToken);
        if (story is null)
        {
            return null;
        }

        if (gap.Section is { } section)
        {
            return new FillStep(gap, story, story.Sections.Get(section), section.ToString(), null);
        }

        return gap.Target switch
        {
            FillTarget.NewFollowUp => new FillStep(gap, story, "", "A follow-up question", null),
            _ => story.FollowUps.FindIndex(f => SectionText.IsFilled(f.Question) && !SectionText.IsFilled(f.Answer)) is var index and >= 0
                ? new FillStep(gap, story, "", $"Answer to “{story.FollowUps[index].Question}”", index)
                : new FillStep(gap, story, "", "A follow-up question", null) with { Gap = gap with { Target = FillTarget.NewFollowUp } },
        };
    }

    /// <summary>Writes <paramref name="text"/> where the step's gap belongs, provided the story is still the version opened.</summary>
    /// <exception cref="FluentValidation.ValidationException">The text breaks a rule (too long…); nothing was written.</exception>
    /// <exception cref="StoryConcurrencyException">The story was saved elsewhere since it was opened; nothing was written.</exception>
    /// <exception cref="StoryNotFoundException">The story was deleted.</exception>
    public async Task<Story> SaveAsync(FillStep step, string text, CancellationToken cancellationToken = default)
    {
        var draft = StoryDraft.From(step.Story);
        switch (step.Gap.Target)
        {
            case var _ when step.Gap.Section is { } section:
                draft.Sections = draft.Sections.With(section, text);
                break;
            case FillTarget.FollowUpAnswer when step.FollowUpIndex is { } index:
                draft.FollowUps[index] = draft.FollowUps[index] with { Answer = text };
                break;
            default:
                draft.FollowUps.Add(new FollowUp { Question = text.Trim() });
                break;
        }

        return await stories.UpdateAsync(step.Story.Id, draft, step.Story.Version, cancellationToken);
    }
}
