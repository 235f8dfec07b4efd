namespace StoryBank.Core.Export.Backup;

/// <summary>How much a backup holds.</summary>
public sealed record BackupSummary(int Categories, int Questions, int Stories);
