using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class StoryMergeTests
{
    private static readonly StoryDraft Ancestor = new()
    {
        Title = "Quotas",
        Questions = ["Tell me about a conflict?"],
        Sections = new() { Situation = "Two teams shared one cluster.", Outcome = "Contention fell." },
        Metrics = ["30% less contention"],
    };

    [Fact]
    public void Changes_to_different_fields_are_both_kept_and_theirs_are_named()
    {
        var theirs = Copy(Ancestor, d => d.Title = "Quotas for the contractors");
        var mine = Copy(Ancestor, d =>
        {
            d.Sections = d.Sections with { Outcome = "Contention fell by 30%." };
            d.Metrics.Add("2 teams");
        });

        var result = StoryMerge.Merge(Ancestor, theirs, mine);

        Assert.Empty(result.Conflicts);
        Assert.Equal(["Title"], result.TakenFromTheirs);
        Assert.Equal("Quotas for the contractors", result.Merged.Title);
        Assert.Equal("Contention fell by 30%.", result.Merged.Sections.Outcome);
        Assert.Equal(["30% less contention", "2 teams"], result.Merged.Metrics);
        Assert.Equal("Two teams shared one cluster.", result.Merged.Sections.Situation);
        Assert.Equal(["Tell me about a conflict?"], result.Merged.Questions);
    }

    [Fact]
    public void The_same_field_changed_differently_on_both_sides_is_a_conflict_with_all_three_texts()
    {
        var theirs = Copy(Ancestor, d => d.Sections = d.Sections with { Outcome = "Contention fell a lot." });
        var mine = Copy(Ancestor, d => d.Sections = d.Sections with { Outcome = "Contention fell by 30%." });

        var result = StoryMerge.Merge(Ancestor, theirs, mine);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new MergeConflict("Outcome", "Contention fell.", "Contention fell a lot.", "Contention fell by 30%."), conflict);
        Assert.Empty(result.TakenFromTheirs);
        Assert.Equal("Contention fell by 30%.", result.Merged.Sections.Outcome);

        StoryMerge.TakeTheirs(result.Merged, theirs, conflict.Field);

        Assert.Equal("Contention fell a lot.", result.Merged.Sections.Outcome);
    }

    [Fact]
    public void The_same_change_on_both_sides_is_no_conflict()
    {
        var theirs = Copy(Ancestor, d => d.FollowUps = [new FollowUp { Question = "Who?", Answer = "Me." }]);
        var mine = Copy(Ancestor, d => d.FollowUps = [new FollowUp { Question = "Who?", Answer = "Me." }]);

        var result = StoryMerge.Merge(Ancestor, theirs, mine);

        Assert.Empty(result.Conflicts);
        Assert.Equal("Who?", Assert.Single(result.Merged.FollowUps).Question);
    }

    private static StoryDraft Copy(StoryDraft draft, Action<StoryDraft> change)
    {
        var copy = new StoryDraft
        {
            Title = draft.Title,
            Questions = [.. draft.Questions],
            CategoryId = draft.CategoryId,
            Sections = draft.Sections,
            Metrics = [.. draft.Metrics],
            FollowUps = [.. draft.FollowUps],
        };
        change(copy);
        return copy;
    }
}
