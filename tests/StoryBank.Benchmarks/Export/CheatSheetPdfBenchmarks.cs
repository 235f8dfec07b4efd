using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using StoryBank.Benchmarks.Inputs;
using StoryBank.Core;
using StoryBank.Core.Data;
using StoryBank.Core.Export;
using StoryBank.Core.Export.Pdf;
using StoryBank.Core.Import;

namespace StoryBank.Benchmarks.Export;

/// <summary>
/// The cheat sheet against PDFsharp writing the same words with bare <c>DrawString</c>, a fixed number of words per
/// line and no layout (the Ratio column, per category). The stories come the real way: notes parsed, imported into a
/// SQLite file, loaded by <see cref="ExportService"/>. Targets: compact sheet of the seed under 100 ms warm; full layout
/// of 500 stories under 2 s and 200 MB. Each benchmark runs in its own process, whose peak working set is printed at
/// the end of its run ("// Peak working set").
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CheatSheetPdfBenchmarks // Not sealed: BenchmarkDotNet runs a generated class derived from this one.
{
    public const int StoryCount = 500;

    private const string SeedCompact = "Seed, compact";
    private const string ManyFull = "500 stories, full";
    private const int WordsPerLine = 14;
    private const int LinesPerPage = 64;

    /// <summary>The family name Core's font resolver answers to; the baseline must draw with the same embedded font.</summary>
    private const string BundledFamily = "StoryBank DejaVu Sans";

    private List<ExportStory> _seed = [];
    private List<ExportStory> _many = [];
    private List<string> _seedLines = [];
    private List<string> _manyLines = [];

    [GlobalSetup]
    public void LoadStories()
    {
        _seed = Load(NotesInputs.Text(NotesInput.Seed));
        _many = Load(NotesGenerator.Stories(StoryCount));
        if (_many.Count != StoryCount)
        {
            throw new InvalidOperationException($"The generated notes load as {_many.Count} stories, not {StoryCount}.");
        }

        _seedLines = Lines(_seed);
        _manyLines = Lines(_many);

        // Installs Core's font resolver, which the baseline's fonts go through too.
        CheatSheetPdf.Render(_seed, new CheatSheetOptions { Date = DateOnly.FromDateTime(DateTime.Today) }, TimeProvider.System);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(SeedCompact)]
    public byte[] SeedPlainDrawString() => PlainDrawString(_seedLines);

    [Benchmark]
    [BenchmarkCategory(SeedCompact)]
    public byte[] SeedCompactSheet() => CheatSheetPdf.Render(_seed, Options(ExportLayout.Compact), TimeProvider.System);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ManyFull)]
    public byte[] ManyPlainDrawString() => PlainDrawString(_manyLines);

    [Benchmark]
    [BenchmarkCategory(ManyFull)]
    public byte[] ManyFullSheet() => CheatSheetPdf.Render(_many, Options(ExportLayout.Full), TimeProvider.System);

    /// <summary>The one-off peak measurement: the whole benchmark process at its highest, runtime and harness included.</summary>
    [GlobalCleanup]
    public void ReportPeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024):0} MB (seed {_seed.Count} stories, generated {_many.Count})"));
    }

    private static CheatSheetOptions Options(ExportLayout layout) =>
        new() { Layout = layout, Paper = PaperSize.A4, PersonName = "Alex Rivera", Date = new DateOnly(2026, 11, 1) };

    private static byte[] PlainDrawString(List<string> lines)
    {
        using var document = new PdfDocument();
        var font = new XFont(BundledFamily, 9.5, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        XGraphics? graphics = null;
        try
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (i % LinesPerPage == 0)
                {
                    graphics?.Dispose();
                    graphics = XGraphics.FromPdfPage(document.AddPage());
                }

                graphics!.DrawString(lines[i], font, XBrushes.Black, 54, 60 + (12 * (i % LinesPerPage)));
            }
        }
        finally
        {
            graphics?.Dispose();
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Every word the stories hold, <see cref="WordsPerLine"/> to a line.</summary>
    private static List<string> Lines(List<ExportStory> stories)
    {
        var words = stories
            .SelectMany(s => (IEnumerable<string>)[
                .. s.Questions.SelectMany(q => (IEnumerable<string>)[q.Text, .. q.Variants]),
                s.Title, s.Sections.Situation, s.Sections.Role, s.Sections.Action, s.Sections.Outcome, s.Sections.Reflection, s.Sections.Notes,
                .. s.Metrics,
                .. s.FollowUps.SelectMany(f => (IEnumerable<string>)[f.Question, f.Answer])])
            .SelectMany(text => text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return [.. words.Chunk(WordsPerLine).Select(chunk => string.Join(' ', chunk))];
    }

    private static List<ExportStory> Load(string notes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"storybank-benchmark-{Guid.NewGuid():N}.db");
        try
        {
            using var services = new ServiceCollection()
                .AddStoryBankCore(StoryBankDatabase.ResolveConnectionString(path, null, null))
                .BuildServiceProvider();
            services.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
            services.GetRequiredService<ImportService>().ImportAsync(NotesParser.Parse(notes, "notes.md")).GetAwaiter().GetResult();
            return [.. services.GetRequiredService<ExportService>().LoadAsync(new ExportSelection()).GetAwaiter().GetResult()];
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in (ReadOnlySpan<string>)["", "-wal", "-shm"])
            {
                File.Delete(path + suffix);
            }
        }
    }
}
