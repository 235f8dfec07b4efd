using System.Collections.Concurrent;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Benchmarks.Inputs;
using StoryBank.Core;
using StoryBank.Core.Data;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages.Stories;

namespace StoryBank.Benchmarks.Stories;

/// <summary>
/// The stories list with <see cref="StoryCount"/> stories: the whole page as the server renders it for a first request
/// (prerendered), the same page rendered again interactively as the circuit does once it connects (it runs the same
/// queries again), and a full-text search by itself. A person waits for both renders before the page answers to
/// typing, so the two times add up. Targets: page under 150 ms at the 95th percentile, search under 20 ms, and the
/// app's memory after serving the page under 200 MB (printed at the end of the run). Run it with <c>--inProcess</c>:
/// the app is hosted in the benchmark's process anyway, and building the web app again per job only adds minutes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class StoriesPageBenchmarks : IDisposable // Not sealed: BenchmarkDotNet runs a generated class derived from this one.
{
    public const int StoryCount = 10_000;

    /// <summary>The program's switch that fills a database and exits.</summary>
    public const string FillArgument = "--fill-stories-database";

    public const int Clients = 16;

    public const int RequestsPerClient = 4;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"storybank-benchmark-{Guid.NewGuid():N}");
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private App? _app;
    private HttpClient _client = null!;
    private StorySearch _search = null!;

    [GlobalSetup]
    public void FillDatabase()
    {
        Directory.CreateDirectory(_folder);
        var databasePath = Path.Combine(_folder, "storybank.db");

        // Another process parses and imports the stories: its memory must not count as the app's in the figure below.
        using var fill = Process.Start(FillCommand(databasePath)) ?? throw new InvalidOperationException("Could not start the process that fills the database.");
        fill.WaitForExit();
        if (fill.ExitCode != 0)
        {
            throw new InvalidOperationException($"Filling the database failed (exit code {fill.ExitCode}).");
        }

        _app = new App(databasePath);
        _client = _app.CreateClient();
        _search = _app.Services.GetRequiredService<StorySearch>();
        if (!StoriesPage().GetAwaiter().GetResult().Contains("10000 stories", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The stories page does not list {StoryCount} stories.");
        }

        if (StoriesPageInteractive() != "10000 stories")
        {
            throw new InvalidOperationException($"The interactive stories page does not list {StoryCount} stories.");
        }
    }

    /// <summary>GET /stories: count, first page of 50 with questions and readiness, categories for the filter.</summary>
    [Benchmark]
    public Task<string> StoriesPage() => _client.GetStringAsync(new Uri("/stories", UriKind.Relative));

    /// <summary>GET /stories?q=kubernetes: the same page with a full-text search (bm25, highlights).</summary>
    [Benchmark]
    public Task<string> StoriesPageWithSearch() => _client.GetStringAsync(new Uri("/stories?q=kubernetes", UriKind.Relative));

    /// <summary>
    /// The interactive render of /stories: the page component with the app's own services over the same database, run
    /// through its whole first render (categories, count, first page of 50) as the circuit runs it after the prerender.
    /// bUnit's renderer stands in for the circuit's: the queries and the render are the page's own, the markup parse is
    /// bUnit's, and what the circuit would send over SignalR is left out.
    /// </summary>
    [Benchmark]
    public string StoriesPageInteractive() => RenderInteractively("stories");

    /// <summary>The interactive render of /stories?q=kubernetes the same way.</summary>
    [Benchmark]
    public string StoriesPageWithSearchInteractive() => RenderInteractively("stories?q=kubernetes");

    /// <summary>
    /// GET /stories from <see cref="Clients"/> clients at once, <see cref="RequestsPerClient"/> requests each (the
    /// issue's <c>wrk -c16</c>, bounded). Each request's time is kept; the percentiles are printed at the end.
    /// </summary>
    [Benchmark]
    public Task StoriesPageSixteenClients() => ConcurrentlyAsync("/stories", "StoriesPage");

    /// <summary>GET /stories?q=kubernetes the same way.</summary>
    [Benchmark]
    public Task SearchSixteenClients() => ConcurrentlyAsync("/stories?q=kubernetes", "Search");

    /// <summary>The search by itself: FTS5 match, count, first page, highlighted passages.</summary>
    [Benchmark]
    public Task<StoryPage> Search() => _search.FindAsync(new StoryQuery { Search = "kubernetes migration" });

    private string RenderInteractively(string address)
    {
        using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        foreach (var service in (ReadOnlySpan<Type>)[typeof(StorySearch), typeof(CategoryService), typeof(TimeProvider)])
        {
            context.Services.AddSingleton(service, _app!.Services.GetRequiredService(service));
        }

        context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = context.Render<StoryList>();
        page.WaitForElement(".story-list", TimeSpan.FromMinutes(1));
        return page.Find(".count").TextContent;
    }

    /// <summary>Creates and fills the database at <paramref name="databasePath"/> (this program's <c>--fill-stories-database</c>).</summary>
    public static void Fill(string databasePath)
    {
        using var services = new ServiceCollection().AddStoryBankCore(StoryBankDatabase.ResolveConnectionString(databasePath, null, null)).BuildServiceProvider();
        services.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
        var import = NotesParser.Parse(NotesGenerator.Stories(StoryCount), "generated-notes.md");
        services.GetRequiredService<ImportService>().ImportAsync(import).GetAwaiter().GetResult();
    }

    private async Task ConcurrentlyAsync(string address, string name)
    {
        var latencies = _latencies.GetOrAdd(name, _ => []);
        var uri = new Uri(address, UriKind.Relative);
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < RequestsPerClient; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await _client.GetAsync(uri);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
    }

    /// <summary>The nearest-rank percentile of the recorded times, in milliseconds.</summary>
    private static double Percentile(List<double> sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Starts this benchmark program to fill a database at <paramref name="databasePath"/> in another process.</summary>
    internal static ProcessStartInfo FillCommand(string databasePath)
    {
        // This benchmark assembly's own entry point, started the way this process was (dotnet host or apphost alike).
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var command = new ProcessStartInfo(host) { UseShellExecute = false };
        foreach (var argument in (ReadOnlySpan<string>)[typeof(StoriesPageBenchmarks).Assembly.Location, FillArgument, databasePath])
        {
            command.ArgumentList.Add(argument);
        }

        return command;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // The app runs in this process: what it holds after serving the page is this process's memory.
        foreach (var (name, recorded) in _latencies.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var sorted = recorded.Order().ToList();
            Console.WriteLine(FormattableString.Invariant(
                $"// {name} with {Clients} clients: {sorted.Count} requests, p50 {Percentile(sorted, 50):0} ms, p99 {Percentile(sorted, 99):0} ms"));
        }

        GC.Collect();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant(
            $"// StoriesPage memory after the run: working set {process.WorkingSet64 / 1048576.0:0} MB, managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0} MB (target < 200 MB)"));
        Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public void Dispose()
    {
        _client?.Dispose();
        _app?.Dispose();
        _app = null;
        GC.SuppressFinalize(this);
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95);
    }

    /// <summary>The real web app (in-process test server) over the filled database, without the seed import.</summary>
    internal sealed class App(string databasePath) : WebApplicationFactory<StoryBank.Web.Components.App>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting($"ConnectionStrings:{StoryBankDatabase.ConnectionStringName}", $"Data Source={databasePath}");
            builder.UseSetting("StoryBank:SeedFolder", "");
            builder.UseEnvironment("Production");

            // A benchmark is not a test project, so the factory cannot find the app's folder by itself.
            builder.UseContentRoot(Path.Combine(NotesInputs.RepositoryRoot(), "src", "StoryBank.Web"));
        }
    }
}
