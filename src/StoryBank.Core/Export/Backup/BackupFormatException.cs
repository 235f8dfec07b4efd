namespace StoryBank.Core.Export.Backup;

/// <summary>
/// The file is not a backup this version of StoryBank can restore. The message says what is wrong and where, in one
/// line: <c>not JSON: … (line 3, position 14)</c>, <c>backup version 2 is newer than this StoryBank reads (1)</c>.
/// </summary>
public sealed class BackupFormatException(string message, Exception? innerException = null) : Exception(message, innerException);
