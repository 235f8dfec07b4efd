using System.Globalization;
using BenchmarkDotNet.Reports;
using StoryBank.Benchmarks.Import;
using StoryBank.Benchmarks.Inputs;

namespace StoryBank.Benchmarks;

/// <summary>
/// The importer's performance targets, as ratios of means measured in the same run. BenchmarkDotNet runs each case in
/// its own process, one after another, so load from other programs can still tilt a ratio: rerun before trusting one
/// that is near its limit. A target whose benchmarks the filter left out says so.
/// </summary>
internal static class TargetsReport
{
    private const string Parser = nameof(NotesParserBenchmarks);

    public static void Print(IEnumerable<Summary> summaries, TextWriter output)
    {
        var means = new Dictionary<(string Type, string Method, string Input), double>();
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is { } statistics)
            {
                var benchmark = report.BenchmarkCase;
                var input = benchmark.Parameters.Items.FirstOrDefault(p => p.Name == nameof(NotesParserBenchmarks.Input))?.Value?.ToString() ?? "";
                means[(benchmark.Descriptor.Type.Name, benchmark.Descriptor.WorkloadMethod.Name, input)] = statistics.Mean;
            }
        }

        if (means.Count == 0)
        {
            return;
        }

        double? Mean(string type, string method, NotesInput? input = null) =>
            means.TryGetValue((type, method, input?.ToString() ?? ""), out var mean) ? mean : null;

        output.WriteLine();
        output.WriteLine("| Target | Measured | Limit | Met |");
        output.WriteLine("|---|---:|---:|---|");
        foreach (var input in (ReadOnlySpan<NotesInput>)[NotesInput.Seed, NotesInput.Notes1MB, NotesInput.Notes5MB])
        {
            var parse = Mean(Parser, nameof(NotesParserBenchmarks.NotesParserParse), input);
            Ratio(output, $"1. NotesParser.Parse / Markdown.Parse, {input}", parse, Mean(Parser, nameof(NotesParserBenchmarks.MarkdigParse), input), 3);
            Ratio(output, $"   (for reference) NotesParser.Parse / precise-location Markdown.Parse, {input}", parse, Mean(Parser, nameof(NotesParserBenchmarks.MarkdigPreciseParse), input), null);
        }

        Ratio(
            output,
            "2. NotesParser.Parse, 5 MB / 1 MB",
            Mean(Parser, nameof(NotesParserBenchmarks.NotesParserParse), NotesInput.Notes5MB),
            Mean(Parser, nameof(NotesParserBenchmarks.NotesParserParse), NotesInput.Notes1MB),
            6);
        Ratio(
            output,
            "   (for reference) Markdown.Parse, 5 MB / 1 MB",
            Mean(Parser, nameof(NotesParserBenchmarks.MarkdigParse), NotesInput.Notes5MB),
            Mean(Parser, nameof(NotesParserBenchmarks.MarkdigParse), NotesInput.Notes1MB),
            null);

        var save = Mean(nameof(ImportServiceBenchmarks), nameof(ImportServiceBenchmarks.SaveNewStories)) / 1e9;
        output.WriteLine(save is { } seconds
            ? Invariant($"| 3. ImportService.ImportAsync, {ImportServiceBenchmarks.StoryCount:N0} new stories | {seconds:0.000} s | < 1 s | {(seconds < 1 ? "yes" : "NO")} |")
            : Invariant($"| 3. ImportService.ImportAsync, {ImportServiceBenchmarks.StoryCount:N0} new stories | not run | < 1 s | |"));
    }

    private static void Ratio(TextWriter output, string name, double? measured, double? baseline, double? limit)
    {
        var ratio = measured / baseline;
        var shown = ratio is { } r ? Invariant($"{r:0.00}×") : "not run";
        var met = ratio is { } value && limit is { } max ? (value <= max ? "yes" : "NO") : "";
        output.WriteLine(Invariant($"| {name} | {shown} | {(limit is { } l ? $"≤ {l}×" : "")} | {met} |"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
