using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Targets;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>A target's sheet through the downloads, on the real app with the seed imported (whose "Why Facebook?" answers a Facebook target).</summary>
public sealed class ExportEndpointsTargetTests
{
    [Fact]
    public async Task The_pdf_for_a_target_names_it_and_its_interview_day_in_the_header_and_opens_with_why_the_company()
    {
        await using var factory = new StoryBankWebApplicationFactory();
        var app = WithClock(factory);
        var id = await app.Services.GetRequiredService<TargetService>().AddAsync(new NewTarget("Facebook", "Engineer", new DateOnly(2026, 12, 14), BuiltInModels.MetaName));
        using var client = app.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri($"/export/cheatsheet.pdf?target={id}&name=Jordan%20Lee", UriKind.Relative));

        using var pdf = new PdfReadBack(bytes);
        Assert.All(pdf.Lines, lines => Assert.Equal("Jordan Lee · Facebook — Engineer Interview 14 December 2026", lines[0]));
        Assert.Equal("Why Facebook?", pdf.Lines[0][1]);
    }

    [Fact]
    public async Task The_markdown_for_a_target_opens_with_its_title_day_and_why_answer()
    {
        await using var factory = new StoryBankWebApplicationFactory();
        var app = WithClock(factory);
        var id = await app.Services.GetRequiredService<TargetService>().AddAsync(new NewTarget("Facebook", "Engineer", new DateOnly(2026, 12, 14), BuiltInModels.MetaName));
        using var client = app.CreateClient();

        var markdown = await client.GetStringAsync(new Uri($"/export/stories.md?target={id}", UriKind.Relative));

        Assert.StartsWith("# Facebook — Engineer\n\nInterview: 14 December 2026\n\n## Why Facebook?\n\n### Why Facebook?", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/cheatsheet.pdf?target=999", "Unknown target \"999\"; the targets are: none yet.")]
    [InlineData("/export/stories.md?target=Google", "Unknown target \"Google\"; the targets are: none yet.")]
    [InlineData("/export/cheatsheet.pdf?target=Google&category=conflict", "target=Google prints the target's own stories; leave out category, story and complete.")]
    public async Task An_unknown_target_gets_a_400_with_the_reason(string url, string reason)
    {
        await using var factory = new StoryBankWebApplicationFactory { SeedFolder = "" };
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(reason, (await response.Content.ReadAsStringAsync()).TrimEnd('\n'));
    }

    /// <summary>The app on 29 November 2026, noon UTC, in a UTC local zone.</summary>
    private static WebApplicationFactory<Program> WithClock(StoryBankWebApplicationFactory factory)
    {
        var clock = TestClock.At(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        return factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
    }
}
