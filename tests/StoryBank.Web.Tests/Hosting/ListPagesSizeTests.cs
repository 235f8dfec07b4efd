using System.Net;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>
/// With 10,000 stories every list page's first response stays small: the page sends one page of its list, not all of it.
/// Its speed is the benchmarks' business (tests/StoryBank.Benchmarks/Stories); here only the size.
/// </summary>
public sealed class ListPagesSizeTests : IClassFixture<TenThousandStoriesFactory>
{
    private const int Limit = 1024 * 1024;
    private readonly TenThousandStoriesFactory _stories;

    public ListPagesSizeTests(TenThousandStoriesFactory stories) => _stories = stories;

    [Theory]
    [InlineData("/")]
    [InlineData("/stories")]
    [InlineData("/stories?q=kubernetes")]
    [InlineData("/stories?category=conflict")]
    [InlineData("/gaps")]
    [InlineData("/gaps?kind=empty-outcome")]
    [InlineData("/gaps?page=99999999999")]
    [InlineData("/export")]
    [InlineData("/practice")]
    [InlineData("/import")]
    public async Task The_first_response_with_10000_stories_is_under_a_megabyte(string url)
    {
        using var client = _stories.App.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bytes.Length < Limit, $"{url} sent {bytes.Length / 1024.0 / 1024.0:0.0} MB");
    }
}
