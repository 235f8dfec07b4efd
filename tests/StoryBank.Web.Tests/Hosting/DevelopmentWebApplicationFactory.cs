namespace StoryBank.Web.Tests.Hosting;

/// <summary>The real web app in Development, the environment the README's <c>dotnet run</c> starts in.</summary>
public sealed class DevelopmentWebApplicationFactory : StoryBankWebApplicationFactory
{
    protected override string EnvironmentName => "Development";
}
