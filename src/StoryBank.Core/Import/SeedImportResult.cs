namespace StoryBank.Core.Import;

/// <summary>What the first-start import did: a report per file, and the files it could not import with the reason.</summary>
public sealed record SeedImportResult(IReadOnlyList<ImportReport> Reports, IReadOnlyList<string> Failures);
