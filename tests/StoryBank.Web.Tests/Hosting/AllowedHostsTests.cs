using System.Net;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>
/// Only the loopback names reach the app (DNS rebinding: a foreign name that resolves to 127.0.0.1 gets nothing).
/// </summary>
public sealed class AllowedHostsTests : IClassFixture<StoryBankWebApplicationFactory>
{
    private readonly StoryBankWebApplicationFactory _factory;

    public AllowedHostsTests(StoryBankWebApplicationFactory factory) => _factory = factory;

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:5270")]
    [InlineData("127.0.0.1.attacker.example")]
    public async Task A_foreign_host_name_gets_a_400_and_not_the_backup(string host)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/export/backup.json", UriKind.Relative));
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("stories", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5270")]
    [InlineData("127.0.0.1:5270")]
    [InlineData("[::1]:5270")]
    public async Task A_loopback_host_name_gets_the_backup(string host)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/export/backup.json", UriKind.Relative));
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
