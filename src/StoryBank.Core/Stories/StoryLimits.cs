namespace StoryBank.Core.Stories;

/// <summary>Size limits shared by the validator, the database schema and the editor.</summary>
public static class StoryLimits
{
    public const int TitleLength = 120;
    public const int SectionLength = 20_000;
    public const int MetricLength = 200;
    public const int MetricCount = 50;
    public const int FollowUpCount = 50;
}
