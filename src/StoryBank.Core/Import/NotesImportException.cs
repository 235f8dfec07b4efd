namespace StoryBank.Core.Import;

/// <summary>Notes that cannot be imported at all; the message says what is wrong and where (<c>file:line: …</c>).</summary>
public sealed class NotesImportException(string message) : Exception(message);
