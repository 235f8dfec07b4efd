using System.Text;
using BenchmarkDotNet.Attributes;
using StoryBank.Benchmarks.Inputs;
using StoryBank.Core.Import;

namespace StoryBank.Benchmarks.Import;

/// <summary>
/// What reading an upload costs on top of parsing it: the size, binary and UTF-8 checks and the decode. Baseline: the
/// parser alone on the already decoded text. No larger case: <see cref="NotesFile"/> refuses more than 5 MB, so the
/// 5 MB case is the largest file a person can import.
/// </summary>
[MemoryDiagnoser]
public class NotesFileBenchmarks // Not sealed: BenchmarkDotNet runs a generated class derived from this one.
{
    private string _text = "";
    private byte[] _bytes = [];

    [Params(NotesInput.Seed, NotesInput.Notes1MB, NotesInput.Notes5MB)]
    public NotesInput Input { get; set; }

    [GlobalSetup]
    public void LoadInput()
    {
        _text = NotesInputs.Text(Input);
        _bytes = Encoding.UTF8.GetBytes(_text);
    }

    [Benchmark(Baseline = true)]
    public NotesImport NotesParserParse() => NotesParser.Parse(_text, "interview-notes.md");

    [Benchmark]
    public NotesImport NotesFileParse() => NotesFile.Parse(_bytes, "interview-notes.md");
}
