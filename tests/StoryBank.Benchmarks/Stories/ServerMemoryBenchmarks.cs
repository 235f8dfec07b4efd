using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Benchmarks.Inputs;
using StoryBank.Core.Data;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Pages.Import;

namespace StoryBank.Benchmarks.Stories;

/// <summary>
/// The server's memory after a session of use over 10,000 stories: <see cref="Previews"/> Import previews of a 5 MB
/// notes file (the Import page rendered and closed each time) and <see cref="PageViews"/> page views. Target: the
/// working set after a full collection under 400 MB (printed as "// Server memory"). Run it once and cold, in its own
/// process (<c>--filter '*ServerMemory*' --job dry --warmupCount 0</c>): the figure is memory, not time; each preview
/// parses 5 MB, and the run takes longer than the five minutes BenchmarkDotNet allows an in-process benchmark.
/// </summary>
public class ServerMemoryBenchmarks : IDisposable // Not sealed: BenchmarkDotNet runs a generated class derived from this one.
{
    public const int Previews = 20;

    public const int PageViews = 200;

    private static readonly string[] Pages = ["/stories", "/gaps", "/", "/stories?q=kubernetes", "/export", "/practice"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"storybank-benchmark-{Guid.NewGuid():N}");
    private StoriesPageBenchmarks.App? _app;
    private HttpClient _client = null!;
    private byte[] _notes = [];

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var databasePath = Path.Combine(_folder, "storybank.db");
        using (var fill = Process.Start(StoriesPageBenchmarks.FillCommand(databasePath)) ?? throw new InvalidOperationException("Could not start the process that fills the database."))
        {
            fill.WaitForExit();
            if (fill.ExitCode != 0)
            {
                throw new InvalidOperationException($"Filling the database failed (exit code {fill.ExitCode}).");
            }
        }

        _app = new StoriesPageBenchmarks.App(databasePath);
        _client = _app.CreateClient();
        _notes = System.Text.Encoding.UTF8.GetBytes(NotesInputs.Text(NotesInput.Notes5MB));
    }

    [Benchmark]
    public async Task PreviewsAndPageViews()
    {
        for (var i = 0; i < Previews; i++)
        {
            PreviewOnce();
        }

        for (var i = 0; i < PageViews; i++)
        {
            await ViewPageAsync(i);
        }
    }

    /// <summary>The Import page with the app's own services: choose the file, wait for the preview, close the page.</summary>
    internal void PreviewOnce()
    {
        using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddSingleton(_app!.Services.GetRequiredService<ImportService>());
        context.Services.AddSingleton(_app.Services.GetRequiredService<CategoryService>());
        context.Services.AddSingleton(_app.Services.GetRequiredService<RoleChoicesStore>());
        context.Services.AddSingleton(_app.Services.GetRequiredService<DatabaseFile>());
        var page = context.Render<ImportNotes>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(_notes, "notes-5mb.md"));
        page.WaitForElement("table.import-table", TimeSpan.FromMinutes(2));
    }

    /// <summary>The <paramref name="index"/>th page view of the session: one of the app's pages, read to the end.</summary>
    internal async Task ViewPageAsync(int index)
    {
        using var response = await _client.GetAsync(new Uri(Pages[index % Pages.Length], UriKind.Relative));
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var workingSet = process.WorkingSet64 / 1048576.0;
        Console.WriteLine(FormattableString.Invariant(
            $"// Server memory after {Previews} previews of 5 MB and {PageViews} page views: working set {workingSet:0} MB ({workingSet / 400:0.00} of the 400 MB target), managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0} MB"));
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
}
