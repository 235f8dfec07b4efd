using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using StoryBank.Benchmarks;
using StoryBank.Benchmarks.Import;
using StoryBank.Benchmarks.Inputs;
using StoryBank.Benchmarks.Stories;

// `--quick` is BenchmarkDotNet's `--job short` by another name (3 warm-ups, 3 iterations, 1 launch): a check that the
// numbers are in range, too noisy for decisions.
const string Quick = "--quick";
if (args is [StoriesPageBenchmarks.FillArgument, var databasePath])
{
    StoriesPageBenchmarks.Fill(databasePath);
    return;
}

if (args is [CorpusReport.Argument, .. var corpusFolder])
{
    CorpusReport.Print(corpusFolder.FirstOrDefault(), Console.Out);
    return;
}

if (args is [ServerMemoryReport.Argument])
{
    ServerMemoryReport.Print(Console.Out);
    return;
}

if (args.Contains("--inputs"))
{
    NotesInputs.Describe(Console.Out);
    return;
}

var config = args.Contains(Quick) ? DefaultConfig.Instance.AddJob(Job.ShortRun) : DefaultConfig.Instance;
var summaries = BenchmarkSwitcher.FromAssembly(typeof(TargetsReport).Assembly).Run([.. args.Where(a => a != Quick)], config);
TargetsReport.Print(summaries, Console.Out);
