namespace StoryBank.Core.Import;

/// <summary>The role of one outline node, with what assembly needs to start a story there.</summary>
/// <param name="Role">The role.</param>
/// <param name="Category">For a question or story title: the category its enclosing group gives, if any.</param>
/// <param name="Reason">For <see cref="BlockRole.Meta"/> and <see cref="BlockRole.Ignore"/>: what the warning says.</param>
/// <param name="OpensStory">For <see cref="BlockRole.Answer"/> text under no question: it starts a story with neither question nor title (<see cref="StorylessNotes"/>).</param>
internal readonly record struct NodeRole(BlockRole Role, string? Category = null, MetaReason Reason = MetaReason.None, bool OpensStory = false);
