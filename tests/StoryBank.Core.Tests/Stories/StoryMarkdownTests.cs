using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class StoryMarkdownTests
{
    [Fact]
    public void Emphasis_and_lists_render()
    {
        var html = StoryMarkdown.ToHtml("We cut costs by **40%**.\n\n- one\n- two");

        Assert.Contains("<strong>40%</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>two</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = StoryMarkdown.ToHtml("Before <script>alert('x')</script> after\n\n<div onclick=\"x()\">block</div>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[file](file:///etc/passwd)", "file")]
    [InlineData("[data](data:text/html;base64,PHNjcmlwdD4=)", "data")]
    [InlineData("[relative](/stories/1)", "relative")]
    [InlineData("![tracking pixel](https://example.com/p.png)", "tracking pixel")]
    public void Unsafe_links_and_images_become_their_text(string markdown, string text)
    {
        var html = StoryMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[site](https://example.com/a)", "https://example.com/a")]
    [InlineData("[old](http://example.com)", "http://example.com")]
    [InlineData("[mail](mailto:me@example.com)", "mailto:me@example.com")]
    public void Http_https_and_mailto_links_are_kept(string markdown, string url)
    {
        var html = StoryMarkdown.ToHtml(markdown);

        Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsafe_link_prints_its_text_once()
    {
        Assert.Equal("<p>a bad link b</p>", StoryMarkdown.ToHtml("a [bad link](javascript:alert(1)) b").Trim());
    }

    [Fact]
    public void An_autolink_with_a_javascript_scheme_is_text()
    {
        var html = StoryMarkdown.ToHtml("<javascript:alert(1)>");

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }
}
