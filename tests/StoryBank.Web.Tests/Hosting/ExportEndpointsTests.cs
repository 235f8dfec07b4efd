using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Export;
using StoryBank.Core.Export.Markdown;
using StoryBank.Core.Settings;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>The downloads, on the real app with the seed imported.</summary>
public sealed class ExportEndpointsTests : IClassFixture<StoryBankWebApplicationFactory>
{
    private readonly StoryBankWebApplicationFactory _factory;

    public ExportEndpointsTests(StoryBankWebApplicationFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/export/stories.md?category=disagreement", "text/markdown", "storybank-stories.md")]
    public async Task A_download_has_its_content_type_and_file_name(string url, string contentType, string fileName)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(contentType, response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Theory]
    [InlineData("?name=Jordan%20Lee", "jordan-lee-cheat-sheet-2026-11-29.pdf")]
    [InlineData("?layout=full&paper=letter&density=dense&category=conflict&complete=false&name=Zo%C3%AB%20O%27Brien", "zoe-o-brien-cheat-sheet-2026-11-29.pdf")]
    [InlineData("", "cheat-sheet-2026-11-29.pdf")]
    public async Task The_sheet_is_named_after_the_person_and_the_day(string query, string fileName)
    {
        await using var factory = new StoryBankWebApplicationFactory { SeedFolder = "" };
        using var client = WithClock(factory).CreateClient();

        var response = await client.GetAsync(new Uri($"/export/cheatsheet.pdf{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Without_a_name_in_the_address_the_saved_name_is_used()
    {
        await using var factory = new StoryBankWebApplicationFactory { SeedFolder = "" };
        var app = WithClock(factory);
        await app.Services.GetRequiredService<SettingsService>().SavePersonNameAsync("Jordan Lee");
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/export/cheatsheet.pdf", UriKind.Relative));

        Assert.Equal("jordan-lee-cheat-sheet-2026-11-29.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task The_configured_name_is_only_the_default_until_a_name_is_saved()
    {
        await using var factory = new StoryBankWebApplicationFactory { SeedFolder = "" };
        var app = WithClock(factory).WithWebHostBuilder(builder => builder.UseSetting("StoryBank:PersonName", "Configured Name"));
        using var client = app.CreateClient();
        var settings = app.Services.GetRequiredService<SettingsService>();
        Assert.Equal("Configured Name", await settings.PersonNameAsync());

        await settings.SavePersonNameAsync("Jordan Lee");
        var response = await client.GetAsync(new Uri("/export/cheatsheet.pdf", UriKind.Relative));

        Assert.Equal("jordan-lee-cheat-sheet-2026-11-29.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task The_pdf_prints_the_seed_as_text_in_embedded_fonts_on_numbered_letter_pages_dated_by_the_app_clock()
    {
        await using var factory = new StoryBankWebApplicationFactory();
        using var client = WithClock(factory).CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri("/export/cheatsheet.pdf?paper=letter&layout=full&name=Jordan%20Lee", UriKind.Relative));

        using var pdf = new PdfReadBack(bytes);
        Assert.True(pdf.Pages.Count >= 2, $"{pdf.Pages.Count} pages");
        Assert.All(pdf.Pages, page =>
        {
            Assert.Equal(8.5 * 72, page.Width, 0.5);
            Assert.Equal(11 * 72, page.Height, 0.5);
            Assert.Equal("Jordan Lee · Interview cheat sheet 29 November 2026", pdf.Lines[page.Number - 1][0]);
            Assert.Equal($"{page.Number} / {pdf.Pages.Count}", pdf.Lines[page.Number - 1][^1]);
        });

        // A subset prefix ("ABCDEF+") is how a PDF names a font embedded in it.
        Assert.All(pdf.Letters.Select(l => l.FontName).Distinct(), font => Assert.Matches(@"^[A-Z]{6}\+DejaVu", font));
        Assert.Contains("Tell me about a conflict with a coworker", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Describe a disagreement you had with your manager", pdf.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero), pdf.Information.GetCreatedDateTimeOffset());
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

    [Theory]
    [InlineData("/export/cheatsheet.pdf?category=conflict&category=nope", "Unknown category \"nope\"; the categories are: impact, conflict, disagreement,")]
    [InlineData("/export/stories.md?category=nope", "Unknown category \"nope\"; the categories are: impact, conflict, disagreement,")]
    [InlineData("/export/cheatsheet.pdf?story=999999", "There is no story 999999.")]
    [InlineData("/export/stories.md?story=999999", "There is no story 999999.")]
    [InlineData("/export/cheatsheet.pdf?layout=wide", "layout=wide is neither compact nor full.")]
    public async Task An_unknown_category_or_story_gets_a_400_with_the_reason(string url, string reason)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(reason, body, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', body.TrimEnd());
    }

    [Fact]
    public async Task The_address_the_export_page_writes_downloads_the_chosen_stories()
    {
        var services = _factory.Services;
        var stories = await services.GetRequiredService<StoryBank.Core.Stories.StoryService>().ListAsync(take: 2);
        var request = new ExportRequest
        {
            Format = ExportFormat.Markdown,
            Selection = new ExportSelection { StoryIds = stories.Select(s => s.Id).ToList() },
        };
        using var client = _factory.CreateClient();

        var markdown = await client.GetStringAsync(new Uri("/" + request.ToAddress(), UriKind.Relative));

        Assert.Equal(2, stories.Count);
        Assert.Equal(MarkdownExport.Write(await services.GetRequiredService<ExportService>().LoadAsync(request.Selection)), markdown);
    }

    /// <summary>The app on 29 November 2026, noon UTC, in a UTC local zone.</summary>
    private static WebApplicationFactory<Program> WithClock(StoryBankWebApplicationFactory factory)
    {
        var clock = TestClock.At(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        return factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
    }
}
