using StoryBank.Core.Stories;

namespace StoryBank.Core.Practice;

/// <summary>How one section of a story starts: its first line as Markdown, without a list marker; empty when the section is.</summary>
public sealed record CueLine(StorySection Section, string Text);
