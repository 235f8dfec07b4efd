using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>
/// In Development, the environment the README's <c>dotnet run</c> starts in, the person still never sees a developer
/// exception page, a stack trace or an exception's message.
/// </summary>
public sealed class ErrorPageTests : IClassFixture<DevelopmentWebApplicationFactory>
{
    private const string Secret = "internal detail the person must not see";
    private readonly DevelopmentWebApplicationFactory _factory;

    public ErrorPageTests(DevelopmentWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_failing_request_in_development_gets_the_plain_error_page()
    {
        using var client = _factory
            .WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingAddress>()))
            .CreateClient();

        var response = await client.GetAsync(new Uri("/fails", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Development", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stories?page=99999999999")]
    [InlineData("/stories?page=99999999")]
    [InlineData("/stories?page=-5")]
    [InlineData("/stories?page=abc")]
    public async Task A_page_number_out_of_range_in_development_answers_a_page(string url)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/export/cheatsheet.pdf?story=abc")]
    [InlineData("/export/stories.md?story=1&story=abc")]
    [InlineData("/export/stories.md?complete=maybe")]
    public async Task A_malformed_download_address_in_development_gets_a_one_line_400(string url)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain('\n', body.TrimEnd());
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.NotEmpty(body.Trim());
    }

    /// <summary>An address that fails inside the app's own pipeline, after its error handling.</summary>
    private sealed class FailingAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/fails", failing => failing.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }
}
