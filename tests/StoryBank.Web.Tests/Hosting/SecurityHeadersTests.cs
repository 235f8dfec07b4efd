using System.Text.RegularExpressions;

namespace StoryBank.Web.Tests.Hosting;

public sealed partial class SecurityHeadersTests : IClassFixture<StoryBankWebApplicationFactory>
{
    private readonly StoryBankWebApplicationFactory _factory;

    public SecurityHeadersTests(StoryBankWebApplicationFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/stories")]
    [InlineData("/no-such-page")]
    [InlineData("/export/backup.json")]
    [InlineData("/app.css")]
    public async Task Every_response_says_nosniff_no_referrer_and_the_content_security_policy(string url)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scripts_run_only_from_the_app_and_the_inline_import_map_carries_this_responses_nonce()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = ScriptNonce().Match(policy);
        Assert.True(nonce.Success, policy);
        var inlineScripts = InlineScript().Matches(html);
        Assert.NotEmpty(inlineScripts);
        Assert.All(inlineScripts, script => Assert.Contains($"nonce=\"{nonce.Groups[1].Value}\"", script.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_responses_have_different_nonces()
    {
        using var client = _factory.CreateClient();

        var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.NotEqual(
            ScriptNonce().Match(Assert.Single(first.Headers.GetValues("Content-Security-Policy"))).Value,
            ScriptNonce().Match(Assert.Single(second.Headers.GetValues("Content-Security-Policy"))).Value);
    }

    [GeneratedRegex(@"script-src 'self' 'nonce-([0-9A-F]+)';")]
    private static partial Regex ScriptNonce();

    // A script element without src: inline code the policy must name.
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
