using System.Net;
using System.Text.Json;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>The downloads, on the real app with the seed imported.</summary>
public sealed class ExportEndpointsTests : IClassFixture<StoryBankWebApplicationFactory>
{
    private readonly StoryBankWebApplicationFactory _factory;

    public ExportEndpointsTests(StoryBankWebApplicationFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/export/cheatsheet.pdf", "application/pdf", "storybank-cheatsheet.pdf")]
    [InlineData("/export/cheatsheet.pdf?layout=full&paper=letter&category=conflict&complete=false&name=Ada", "application/pdf", "storybank-cheatsheet.pdf")]
    [InlineData("/export/stories.md?category=disagreement", "text/markdown", "storybank-stories.md")]
    public async Task A_download_has_its_content_type_and_file_name(string url, string contentType, string fileName)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(contentType, response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task The_pdf_is_a_pdf()
    {
        using var client = _factory.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri("/export/cheatsheet.pdf", UriKind.Relative));

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task The_markdown_holds_the_chosen_category_only()
    {
        using var client = _factory.CreateClient();

        var markdown = await client.GetStringAsync(new Uri("/export/stories.md?category=disagreement", UriKind.Relative));

        Assert.Contains("Describe a disagreement you had with your manager", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Why Facebook?", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_backup_is_json_named_with_the_date()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/export/backup.json", UriKind.Relative));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^storybank-backup-\d{4}-\d{2}-\d{2}\.json$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task The_export_page_offers_the_three_downloads()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/export", UriKind.Relative));

        Assert.Contains("Download PDF", html, StringComparison.Ordinal);
        Assert.Contains("Download Markdown", html, StringComparison.Ordinal);
        Assert.Contains("Download JSON backup", html, StringComparison.Ordinal);
        Assert.Contains("Conflict with peers", html, StringComparison.Ordinal);
    }
}
