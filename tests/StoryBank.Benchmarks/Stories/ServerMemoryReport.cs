using System.Diagnostics;
using System.Globalization;

namespace StoryBank.Benchmarks.Stories;

/// <summary>
/// <see cref="ServerMemoryBenchmarks"/>'s session once, as a plain measured run (<c>--server-memory</c>): the app's
/// memory after a full collection at each step, so the figure is what the server holds, not what it passed through.
/// BenchmarkDotNet adds nothing to a single cold run of a memory figure, and its in-process limit is shorter than the run.
/// </summary>
internal static class ServerMemoryReport
{
    public const string Argument = "--server-memory";

    private const double TargetMegabytes = 400;

    public static void Print(TextWriter output)
    {
        var session = new ServerMemoryBenchmarks();
        try
        {
            session.Setup();
            session.ViewPageAsync(0).GetAwaiter().GetResult();
            Line(output, "database of 10,000 stories, app started, one page view");

            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < ServerMemoryBenchmarks.Previews; i++)
            {
                session.PreviewOnce();
            }

            Line(output, string.Create(CultureInfo.InvariantCulture, $"{ServerMemoryBenchmarks.Previews} previews of 5 MB, pages closed ({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)"));
            for (var i = 0; i < ServerMemoryBenchmarks.PageViews; i++)
            {
                session.ViewPageAsync(i).GetAwaiter().GetResult();
            }

            var workingSet = Line(output, $"{ServerMemoryBenchmarks.PageViews} page views");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Server memory: working set {workingSet:0} MB = {workingSet / TargetMegabytes:0.00} of the {TargetMegabytes:0} MB target"));
        }
        finally
        {
            session.Cleanup();
        }
    }

    /// <summary>
    /// Prints the memory held after a full collection, and returns the working set in MB. An ordinary collection, not an
    /// aggressive one: a server is not asked to give memory back, so what it keeps after a plain collection is what it holds.
    /// </summary>
    private static double Line(TextWriter output, string after)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var workingSet = process.WorkingSet64 / 1048576.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"After {after}: working set {workingSet:0} MB, managed heap {GC.GetTotalMemory(forceFullCollection: false) / 1048576.0:0} MB"));
        return workingSet;
    }
}
