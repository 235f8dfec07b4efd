namespace StoryBank.Core.Import;

/// <summary>Markdig refused the notes: lists or quotes nested past its limit. The importer then flattens the nesting.</summary>
internal sealed class MarkdownTooDeepException(Exception inner) : Exception("The Markdown is nested too deeply for Markdig.", inner);
