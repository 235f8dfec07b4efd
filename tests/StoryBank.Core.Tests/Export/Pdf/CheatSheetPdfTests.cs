using System.Text;
using System.Text.RegularExpressions;
using StoryBank.Core.Export;
using StoryBank.Core.Export.Pdf;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Export.Pdf;

public sealed partial class CheatSheetPdfTests(SeedStoriesFixture seed) : IClassFixture<SeedStoriesFixture>
{
    private static readonly DateOnly Date = new(2026, 11, 1);

    // Not the real time: the metadata date must come from the clock it is given.
    private static readonly TimeProvider Clock = TestClock.At(new DateTimeOffset(2026, 11, 1, 9, 30, 15, TimeSpan.Zero));

    public static TheoryData<ExportLayout, PaperSize> LayoutsAndPapers => new()
    {
        { ExportLayout.Compact, PaperSize.A4 },
        { ExportLayout.Compact, PaperSize.Letter },
        { ExportLayout.Full, PaperSize.A4 },
        { ExportLayout.Full, PaperSize.Letter },
    };

    [Theory]
    [MemberData(nameof(LayoutsAndPapers))]
    public void Every_question_and_metric_of_the_seed_is_printed_as_text(ExportLayout layout, PaperSize paper)
    {
        using var pdf = Read(seed.Stories, layout, paper);

        var expected = seed.Stories.SelectMany(s => s.Questions.SelectMany(q => (string[])[q.Text, .. q.Variants]).Concat(s.Metrics)).ToList();
        Assert.NotEmpty(seed.Stories.SelectMany(s => s.Metrics));
        Assert.All(expected, text => Assert.Contains(Plain(text), pdf.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(LayoutsAndPapers))]
    public void Every_glyph_is_drawn_in_a_bundled_DejaVu_font(ExportLayout layout, PaperSize paper)
    {
        using var pdf = Read([.. seed.Stories, SampleStories.WithSituation("Plain **bold** _italic_ ***both*** `code` and an emoji 🚀")], layout, paper);

        var fonts = pdf.Letters.Select(l => l.FontName ?? "(none)").Distinct().ToList();
        Assert.All(fonts, name => Assert.Contains("DejaVu", name, StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("Mono", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("Oblique", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(LayoutsAndPapers))]
    public void No_glyph_lies_outside_the_page_margins(ExportLayout layout, PaperSize paper)
    {
        var geometry = PageGeometry.For(paper, layout);
        var stories = new List<ExportStory>([.. seed.Stories, .. SampleStories.Many(30, sentencesPerSection: 4)])
        {
            SampleStories.WithSituation(string.Concat(Enumerable.Repeat("Supercalifragilisticexpialidocious", 20)) + " " + new string('W', 400)),
        };

        using var pdf = Read(stories, layout, paper, personName: new string('N', 300));

        Assert.All(pdf.Pages, page =>
        {
            Assert.Equal(geometry.Width, page.Width, 0.5);
            Assert.Equal(geometry.Height, page.Height, 0.5);
            Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), letter =>
            {
                var box = letter.BoundingBox;
                Assert.True(
                    box.Left >= geometry.Margin - 0.01 && box.Right <= geometry.Width - geometry.Margin + 0.01
                        && box.Bottom >= geometry.Margin - 0.01 && box.Top <= geometry.Height - geometry.Margin + 0.01,
                    $"'{letter.Value}' on page {page.Number} at {box} is outside the margins");
            });
        });
    }

    [Theory]
    [MemberData(nameof(LayoutsAndPapers))]
    public void Every_page_ends_with_its_number_n_of_N(ExportLayout layout, PaperSize paper)
    {
        using var pdf = Read(SampleStories.Many(40), layout, paper);

        Assert.True(pdf.Pages.Count >= 2);
        for (var i = 0; i < pdf.Pages.Count; i++)
        {
            Assert.Equal($"{i + 1} / {pdf.Pages.Count}", pdf.Lines[i][^1]);
        }
    }

    [Theory]
    [InlineData(ExportLayout.Compact)]
    [InlineData(ExportLayout.Full)]
    public void Every_page_starts_with_a_header_line_with_the_name_and_the_date(ExportLayout layout)
    {
        using var named = Read(SampleStories.Many(40), layout, PaperSize.A4, personName: "Alex Rivera");
        using var anonymous = Read(SampleStories.Many(1), layout, PaperSize.A4, personName: null);

        Assert.All(named.Lines, lines => Assert.Equal("Alex Rivera · Interview cheat sheet 1 November 2026", lines[0]));
        Assert.Equal("Interview cheat sheet 1 November 2026", anonymous.Lines[0][0]);
    }

    [Fact]
    public void A_20000_character_section_flows_over_several_pages_with_every_word_once_and_in_order()
    {
        var words = new List<string>();
        var section = new StringBuilder();
        for (var i = 1; section.Length < 20_000; i++)
        {
            var word = $"w{i:D5}";
            words.Add(word);
            section.Append(i % 50 == 0 ? $"**{word}**" : word).Append(i % 300 == 0 ? "\n\n" : " ");
        }

        var story = SampleStories.WithSituation(section.ToString());

        using var pdf = Read([story], ExportLayout.Full, PaperSize.A4);

        var printed = WordToken().Matches(pdf.Text).Select(m => m.Value).ToList();
        Assert.Equal(words.Count, section.ToString().Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(words, printed);
        Assert.True(pdf.Pages.Count >= 4, $"{pdf.Pages.Count} pages");
        Assert.All(pdf.Lines.Skip(1), lines => Assert.Equal(
            [$"{story.CategoryName} (continued)", $"{story.Questions[0].Text} (cont.)"],
            lines.Skip(1).Take(2)));
    }

    [Theory]
    [InlineData(ExportLayout.Compact)]
    [InlineData(ExportLayout.Full)]
    public void A_500_character_unbroken_word_in_every_field_wraps_by_characters(ExportLayout layout)
    {
        var word = string.Concat(Enumerable.Repeat("Unbroken", 63))[..500];
        var story = SampleStories.Complete(1) with
        {
            Title = word,
            Questions = [new ExportQuestion(word, [word])],
            CategoryName = word,
            Sections = new() { Situation = word, Role = $"**{word}**", Action = $"`{word}`", Outcome = $"{word} {word}", Reflection = word, Notes = word },
            Metrics = [word, word],
            FollowUps = [new FollowUp { Question = word, Answer = word }],
        };

        using var pdf = Read([story, SampleStories.Complete(2)], layout, PaperSize.A4, personName: word);

        var geometry = PageGeometry.For(PaperSize.A4, layout);
        Assert.All(pdf.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), letter => Assert.True(
            letter.BoundingBox.Right <= geometry.Width - geometry.Margin + 0.01, $"'{letter.Value}' at {letter.BoundingBox} runs past the margin"));
        Assert.Contains(word[..100], pdf.Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Tell me about a time you resolved a conflict over resources (2)", pdf.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportLayout.Compact)]
    [InlineData(ExportLayout.Full)]
    public void Deeply_nested_lists_and_quotes_stay_inside_the_column(ExportLayout layout)
    {
        var list = string.Concat(Enumerable.Range(0, 60).Select(i => new string(' ', i * 2) + $"- level{i:D2} text\n"));
        var quotes = string.Concat(Enumerable.Repeat("> ", 60)) + "deepest quoted words here";
        var story = SampleStories.Complete(1) with { Sections = SampleStories.Complete(1).Sections with { Situation = list, Action = quotes } };

        using var pdf = Read([story], layout, PaperSize.A4);

        var geometry = PageGeometry.For(PaperSize.A4, layout);
        Assert.All(pdf.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), letter => Assert.True(
            letter.BoundingBox.Left >= geometry.Margin - 0.01 && letter.BoundingBox.Right <= geometry.Width - geometry.Margin + 0.01,
            $"'{letter.Value}' at {letter.BoundingBox} lies outside the margins"));
        if (layout == ExportLayout.Full)
        {
            Assert.Contains("level59 text", pdf.Text, StringComparison.Ordinal);
            Assert.Contains("deepest quoted words here", pdf.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ExportLayout.Compact)]
    [InlineData(ExportLayout.Full)]
    public void A_2000000_character_situation_prints_without_throwing(ExportLayout layout)
    {
        // Half words, half one unbroken run of letters.
        var words = string.Join(" ", Enumerable.Range(0, 100_000).Select(i => $"word{i:D5}"));
        var situation = words + " " + new string('x', 2_000_000 - words.Length - 1);
        var story = SampleStories.WithSituation(situation);

        var pdf = CheatSheetPdf.Render([story, SampleStories.Complete(2)], new CheatSheetOptions { Layout = layout, Date = Date }, Clock);

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
    }

    [Theory]
    [InlineData(ExportLayout.Compact)]
    [InlineData(ExportLayout.Full)]
    public void Accented_letters_curly_quotes_and_arrows_come_out_as_written(ExportLayout layout)
    {
        const string Text = "Café con leña, über naïve — “quoted” and ‘single’ → next. Ça, Ørsted, ß, Ł.";
        var story = SampleStories.WithSituation(Text) with { Questions = [new ExportQuestion("¿Qué pasó en Zürich?", [])] };

        using var pdf = Read([story], layout, PaperSize.A4);

        Assert.Contains(Text, pdf.Text, StringComparison.Ordinal);
        Assert.Contains("¿Qué pasó en Zürich?", pdf.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportLayout.Compact)]
    [InlineData(ExportLayout.Full)]
    public void Characters_the_fonts_lack_print_as_a_visible_placeholder(ExportLayout layout)
    {
        var story = SampleStories.WithSituation("Shipped 🚀 on time 👍🏽 with the ❤️ team 👨‍👩‍👧 in 東京.");

        using var pdf = Read([story], layout, PaperSize.A4);

        var p = PrintableText.Placeholder;
        Assert.Contains($"Shipped {p} on time {p} with the ❤ team {p} in {p}{p}.", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_is_titled_StoryBank_cheat_sheet_with_its_creation_date()
    {
        using var pdf = Read(seed.Stories, ExportLayout.Compact, PaperSize.A4, personName: "Alex Rivera");

        Assert.Equal("StoryBank cheat sheet", pdf.Information.Title);
        Assert.Equal("Alex Rivera", pdf.Information.Author);
        Assert.Equal(Clock.GetUtcNow(), pdf.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Markdown_emphasis_prints_in_the_matching_face_and_links_as_their_text()
    {
        var story = SampleStories.WithSituation(
            "Plain **bolded** _slanted_ `coded` [safe link](https://example.com/a) [bad link](javascript:alert(1)) <https://auto.example/b>");

        using var pdf = Read([story], ExportLayout.Full, PaperSize.A4);

        Assert.Contains("Plain bolded slanted coded safe link bad link", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(" https://auto.example/b", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", pdf.Text, StringComparison.Ordinal);
        Assert.Equal("DejaVu Sans,Bold", FontOf(pdf, "bolded"));
        Assert.Equal("DejaVu Sans Oblique,Italic", FontOf(pdf, "slanted"));
        Assert.Equal("DejaVu Sans Mono", FontOf(pdf, "coded"));
        Assert.Equal("DejaVu Sans", FontOf(pdf, "Plain"));
    }

    [Fact]
    public void The_full_layout_labels_every_section_and_marks_empty_ones_with_a_dash()
    {
        var story = SampleStories.Complete(1) with { Sections = SampleStories.Complete(1).Sections with { Role = "", Reflection = "  " }, Metrics = [], FollowUps = [new FollowUp { Question = "Who decided?", Answer = "" }, new FollowUp { Question = "What changed?", Answer = "The **rota**." }] };

        using var pdf = Read([story], ExportLayout.Full, PaperSize.A4);

        var lines = pdf.Lines[0];
        Assert.Contains("Role —", lines);
        Assert.Contains("Reflection —", lines);
        Assert.Contains("Metrics —", lines);
        Assert.Contains("Follow-ups • Who decided? → —", lines);
        Assert.Contains("• What changed? → The rota.", lines);
        Assert.All(["Situation ", "Action ", "Outcome ", "Notes "], label => Assert.Contains(lines, l => l.StartsWith(label, StringComparison.Ordinal) && !l.EndsWith('—')));
    }

    [Fact]
    public void The_compact_layout_leaves_out_empty_sections_and_cuts_long_ones_to_two_lines_with_an_ellipsis()
    {
        var story = SampleStories.Complete(1, sentencesPerSection: 6) with { Sections = SampleStories.Complete(1, sentencesPerSection: 6).Sections with { Role = "", Outcome = "Done." } };

        using var pdf = Read([story], ExportLayout.Compact, PaperSize.A4);

        var lines = pdf.Lines[0];
        Assert.DoesNotContain(lines, l => l.StartsWith("R ", StringComparison.Ordinal));
        Assert.Contains("O Done.", lines);
        var situation = lines.ToList().FindIndex(l => l.StartsWith("S ", StringComparison.Ordinal));
        Assert.EndsWith("…", lines[situation + 1], StringComparison.Ordinal);
        Assert.StartsWith("A ", lines[situation + 2], StringComparison.Ordinal);
        var printed = (lines[situation][2..] + " " + lines[situation + 1]).TrimEnd('…');
        var written = Plain(story.Sections.Situation);
        Assert.StartsWith(printed, written, StringComparison.Ordinal);
        Assert.False(char.IsLetterOrDigit(written[printed.Length]), $"cut inside a word: {printed}|{written[printed.Length..]}");
        Assert.Contains("Tell me about a time you resolved a conflict over resources (1)", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("The shared cluster, round 1", pdf.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SheetDensity.Regular, 9)]
    [InlineData(SheetDensity.Dense, 7)]
    public void Compact_text_is_at_least_9_pt_and_the_dense_sheet_keeps_the_small_type(SheetDensity density, double smallest)
    {
        var geometry = PageGeometry.For(PaperSize.A4, ExportLayout.Compact);

        using var pdf = new PdfReadBack(CheatSheetPdf.Render(
            seed.Stories, new CheatSheetOptions { Layout = ExportLayout.Compact, Density = density, PersonName = "Alex Rivera", Date = Date }, Clock));

        // Between the header and the footer: the stories themselves.
        var sizes = pdf.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.StartBaseLine.Y > geometry.Margin + geometry.FooterHeight && l.StartBaseLine.Y < geometry.Height - geometry.ContentTop)
            .Select(l => l.PointSize)
            .ToList();
        Assert.True(sizes.Count > 1000, $"{sizes.Count} letters");
        Assert.Equal(smallest, sizes.Min(), 0.01);
    }

    [Fact]
    public void Eight_complete_stories_fit_on_two_dense_compact_pages()
    {
        using var a4 = Read(SampleStories.Many(8, sentencesPerSection: 3), ExportLayout.Compact, PaperSize.A4, density: SheetDensity.Dense);
        using var letter = Read(SampleStories.Many(8, sentencesPerSection: 3), ExportLayout.Compact, PaperSize.Letter, density: SheetDensity.Dense);

        Assert.InRange(a4.Pages.Count, 1, 2);
        Assert.InRange(letter.Pages.Count, 1, 2);
    }

    [Fact]
    public void An_empty_selection_prints_one_page_with_its_header_and_number()
    {
        using var pdf = Read([], ExportLayout.Compact, PaperSize.Letter);

        Assert.Equal(["Alex Rivera · Interview cheat sheet 1 November 2026", "1 / 1"], pdf.Lines[0]);
    }

    [Fact]
    public void Sheets_rendered_in_parallel_all_come_out_whole()
    {
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = CheatSheetPdf.Render(
            seed.Stories,
            new CheatSheetOptions { Layout = i % 2 == 0 ? ExportLayout.Compact : ExportLayout.Full, Paper = PaperSize.A4, Date = Date },
            Clock));

        Assert.All(results, (bytes, i) =>
        {
            using var pdf = new PdfReadBack(bytes);
            Assert.Contains("Tell me about a conflict with a coworker", pdf.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_stream_overload_writes_the_pdf_and_leaves_the_stream_open()
    {
        using var stream = new MemoryStream();

        CheatSheetPdf.Render(seed.Stories, new CheatSheetOptions { Date = Date }, Clock, stream);

        Assert.True(stream.CanWrite);
        Assert.Equal("%PDF-"u8.ToArray(), stream.ToArray()[..5]);
    }

    private static PdfReadBack Read(
        IReadOnlyList<ExportStory> stories, ExportLayout layout, PaperSize paper, string? personName = "Alex Rivera", SheetDensity density = SheetDensity.Regular) =>
        new(CheatSheetPdf.Render(stories, new CheatSheetOptions { Layout = layout, Paper = paper, PersonName = personName, Date = Date, Density = density }, Clock));

    /// <summary>Story text as printed: Markdown emphasis and code markers gone, whitespace collapsed.</summary>
    private static string Plain(string markdown) => PdfReadBack.Collapse(markdown.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal));

    /// <summary>The font of a word's letters, without the subset prefix ("ABCDEF+").</summary>
    private static string FontOf(PdfReadBack pdf, string word)
    {
        var letters = pdf.Letters.ToList();
        for (var i = 0; i + word.Length <= letters.Count; i++)
        {
            if (string.Concat(letters.Skip(i).Take(word.Length).Select(l => l.Value)) == word)
            {
                var name = letters[i].FontName ?? "";
                return name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..];
            }
        }

        throw new InvalidOperationException($"'{word}' is not in the PDF");
    }

    [GeneratedRegex(@"\bw\d{5}\b")]
    private static partial Regex WordToken();
}
