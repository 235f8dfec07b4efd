using System.Net;

namespace StoryBank.Web.Tests.Hosting;

public sealed class PagesTests : IClassFixture<StoryBankWebApplicationFactory>
{
    private readonly StoryBankWebApplicationFactory _factory;

    public PagesTests(StoryBankWebApplicationFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/stories")]
    [InlineData("/stories?category=conflict")]
    [InlineData("/gaps")]
    [InlineData("/gaps?category=failure&kind=empty-outcome")]
    [InlineData("/stories/new")]
    [InlineData("/stories/new?category=conflict&question=Why%20us%3F")]
    [InlineData("/import")]
    [InlineData("/export")]
    [InlineData("/practice")]
    [InlineData("/targets")]
    [InlineData("/targets/999")]
    public async Task The_page_answers(string url)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_stylesheet_and_script_the_page_links_to_has_content_outside_development()
    {
        // The factory runs the app in the "Testing" environment, as the app started from bin/ runs in "Production".
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"([^\"]+\\.(?:css|js))\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(assets, a => a.Contains("styles.css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var body = await client.GetByteArrayAsync(new Uri("/" + asset.TrimStart('/'), UriKind.Relative));
            Assert.True(body.Length > 0, $"{asset} is empty");
        }
    }

    [Fact]
    public async Task Home_lists_the_categories_from_the_temporary_database()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Conflict with peers", html, StringComparison.Ordinal);
        Assert.Contains("Weaknesses &amp; growth areas", html, StringComparison.Ordinal);
        Assert.True(File.Exists(_factory.DatabasePath), "the app must use the database the test gave it");
    }

    [Fact]
    public async Task An_unknown_address_gets_the_not_found_page()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
