namespace StoryBank.EndToEnd.Tests;

/// <summary>One app and one browser for all end-to-end tests: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class AppGroup : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
