using StoryBank.Core.Export;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Export;

public sealed class ExportRequestTests
{
    [Theory]
    [InlineData(ExportFormat.Pdf)]
    [InlineData(ExportFormat.Markdown)]
    public async Task A_request_written_as_a_query_string_reads_back_as_the_same_request(ExportFormat format)
    {
        await using var database = await TestDatabase.CreateAsync();
        var story = await database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Mine", Questions = ["My own question?"] });
        var slugs = (await database.Get<CategoryService>().ListAsync()).Select(c => c.Slug).Take(2).ToList();
        var written = new ExportRequest
        {
            Format = format,
            Selection = new ExportSelection { CategorySlugs = slugs, StoryIds = [story.Id], OnlyComplete = true },
            Layout = format == ExportFormat.Pdf ? ExportLayout.Full : ExportLayout.Compact,
            Paper = format == ExportFormat.Pdf ? PaperSize.Letter : PaperSize.A4,
            Density = format == ExportFormat.Pdf ? SheetDensity.Dense : SheetDensity.Regular,
            PersonName = format == ExportFormat.Pdf ? "Zoë O'Brien & co=1" : null,
        };

        var read = await database.Get<ExportService>().ReadRequestAsync(format, Pairs(written.ToQueryString()));

        Assert.Null(read.Problem);
        var request = Assert.IsType<ExportRequest>(read.Request);
        Assert.Equal(written.Selection.CategorySlugs, request.Selection.CategorySlugs);
        Assert.Equal(written.Selection.StoryIds, request.Selection.StoryIds);
        Assert.Equal(written with { Selection = request.Selection }, request);
    }

    [Fact]
    public async Task An_unknown_category_is_refused_with_the_known_ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        var known = (await database.Get<CategoryService>().ListAsync()).Select(c => c.Slug).ToList();

        var read = await database.Get<ExportService>().ReadRequestAsync(ExportFormat.Markdown, Pairs($"category={known[0]}&category=nope"));

        Assert.Null(read.Request);
        Assert.Equal($"Unknown category \"nope\"; the categories are: {string.Join(", ", known)}.", read.Problem);
    }

    [Fact]
    public async Task An_unknown_story_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var story = await database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Mine", Questions = ["My own question?"] });

        var read = await database.Get<ExportService>().ReadRequestAsync(ExportFormat.Pdf, Pairs($"story={story.Id}&story={story.Id + 1}"));

        Assert.Null(read.Request);
        Assert.Equal($"There is no story {story.Id + 1}.", read.Problem);
    }

    [Theory]
    [InlineData("story=abc", "story=abc is not a story number.")]
    [InlineData("story=-1", "story=-1 is not a story number.")]
    [InlineData("complete=yes", "complete=yes is neither true nor false.")]
    [InlineData("layout=wide", "layout=wide is neither compact nor full.")]
    [InlineData("layout=1", "layout=1 is neither compact nor full.")]
    [InlineData("paper=a5", "paper=a5 is neither a4 nor letter.")]
    [InlineData("density=tiny", "density=tiny is neither regular nor dense.")]
    public void A_malformed_value_is_refused_with_one_line_naming_it(string query, string problem)
    {
        Assert.False(ExportRequest.TryParse(ExportFormat.Pdf, Pairs(query), out _, out var reason));
        Assert.Equal(problem, reason);
    }

    [Fact]
    public void Names_and_values_are_read_in_any_case_and_the_defaults_fill_the_rest()
    {
        Assert.True(ExportRequest.TryParse(ExportFormat.Pdf, Pairs("Layout=FULL&unknown=1"), out var request, out _));

        Assert.Equal(new ExportRequest { Format = ExportFormat.Pdf, Layout = ExportLayout.Full, Selection = request.Selection }, request);
        Assert.Empty(request.Selection.CategorySlugs);
    }

    [Fact]
    public void Only_what_applies_to_the_format_is_written()
    {
        var request = new ExportRequest { Selection = new ExportSelection { CategorySlugs = ["conflict"] }, Layout = ExportLayout.Full, PersonName = "Ada" };

        Assert.Equal("export/cheatsheet.pdf?category=conflict&layout=full&paper=a4&density=regular&name=Ada", request.ToAddress());
        Assert.Equal("export/stories.md?category=conflict", (request with { Format = ExportFormat.Markdown }).ToAddress());
        Assert.Equal("export/backup.json", (request with { Format = ExportFormat.Json }).ToAddress());
    }

    [Fact]
    public async Task An_unknown_target_is_refused_with_the_known_ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sample = await TargetSheetSample.CreateAsync(database);

        var read = await database.Get<ExportService>().ReadRequestAsync(ExportFormat.Pdf, Pairs("target=Google"));

        Assert.Null(read.Request);
        Assert.Equal($"Unknown target \"Google\"; the targets are: Amazon — Engineer ({sample.TargetId}).", read.Problem);
    }

    [Theory]
    [InlineData("Amazon")]
    [InlineData("amazon — engineer")]
    public async Task A_target_given_by_name_is_found_as_the_targets_list_finds_it(string name)
    {
        await using var database = await TestDatabase.CreateAsync();
        var sample = await TargetSheetSample.CreateAsync(database);

        var read = await database.Get<ExportService>().ReadRequestAsync(ExportFormat.Markdown, [new("target", name)]);

        Assert.Null(read.Problem);
        Assert.Equal(sample.TargetId, read.Request!.TargetId);
        Assert.Equal($"export/stories.md?target={sample.TargetId}", read.Request.ToAddress());
    }

    [Fact]
    public async Task A_target_by_id_reads_back_from_its_address()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sample = await TargetSheetSample.CreateAsync(database);
        var written = new ExportRequest { Target = sample.TargetId.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var read = await database.Get<ExportService>().ReadRequestAsync(ExportFormat.Pdf, Pairs(written.ToQueryString()));

        Assert.Null(read.Problem);
        Assert.Equal(written with { TargetId = sample.TargetId, Selection = read.Request!.Selection }, read.Request);
    }

    [Theory]
    [InlineData("target=Amazon&category=conflict")]
    [InlineData("story=1&target=Amazon")]
    [InlineData("target=Amazon&complete=true")]
    public void A_target_with_a_story_filter_beside_it_is_refused(string query)
    {
        Assert.False(ExportRequest.TryParse(ExportFormat.Pdf, Pairs(query), out _, out var reason));
        Assert.Equal("target=Amazon prints the target's own stories; leave out category, story and complete.", reason);
    }

    /// <summary>A query string as the web reads it: split on "&amp;" and "=", then unescaped.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> Pairs(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)).Select(parts =>
            new KeyValuePair<string, string?>(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : ""));
}
