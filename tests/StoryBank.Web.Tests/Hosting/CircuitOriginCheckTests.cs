using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>The Blazor circuit's connection (<c>/_blazor</c>) accepts only pages from the app's own origin.</summary>
public sealed class CircuitOriginCheckTests : IClassFixture<StoryBankWebApplicationFactory>
{
    private readonly StoryBankWebApplicationFactory _factory;

    public CircuitOriginCheckTests(StoryBankWebApplicationFactory factory) => _factory = factory;

    [Theory]
    [InlineData("http://attacker.example")]
    [InlineData("http://localhost:3000")]
    [InlineData("https://localhost")]
    [InlineData("null")]
    public async Task Negotiate_from_a_foreign_origin_is_refused(string origin)
    {
        var response = await NegotiateAsync(origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Negotiate_from_the_apps_own_origin_is_answered()
    {
        var response = await NegotiateAsync("http://localhost");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_websocket_upgrade_from_a_foreign_origin_is_refused_and_from_the_apps_own_origin_accepted()
    {
        var token = await ConnectionTokenAsync();

        var foreign = _factory.Server.CreateWebSocketClient();
        foreign.ConfigureRequest = request => request.Headers.Origin = "http://attacker.example";
        var refusal = await Assert.ThrowsAnyAsync<InvalidOperationException>(
            () => foreign.ConnectAsync(new Uri($"ws://localhost/_blazor?id={token}"), CancellationToken.None));
        Assert.Contains("403", refusal.Message, StringComparison.Ordinal);

        var own = _factory.Server.CreateWebSocketClient();
        own.ConfigureRequest = request => request.Headers.Origin = "http://localhost";
        using var socket = await own.ConnectAsync(new Uri($"ws://localhost/_blazor?id={await ConnectionTokenAsync()}"), CancellationToken.None);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    private async Task<HttpResponseMessage> NegotiateAsync(string? origin)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }

    private async Task<string> ConnectionTokenAsync()
    {
        var response = await NegotiateAsync(origin: null);
        response.EnsureSuccessStatusCode();
        var negotiation = await response.Content.ReadFromJsonAsync<JsonElement>();
        return negotiation.GetProperty("connectionToken").GetString()!;
    }
}
