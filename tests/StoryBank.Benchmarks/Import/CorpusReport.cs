using System.Globalization;
using StoryBank.Benchmarks.Inputs;
using StoryBank.Core.Import;

namespace StoryBank.Benchmarks.Import;

/// <summary>
/// Imports the real notes listed in the corpus manifest (tests/StoryBank.Core.Tests/TestData/Corpus/SOURCES.md) and
/// prints, per file, the stories the importer found against the stories a careful reader finds. Not a benchmark: it
/// measures how much of the structure the importer gets right, on notes nobody wrote for it.
/// </summary>
internal static class CorpusReport
{
    public const string Argument = "--corpus";

    private static readonly string CorpusFolder = Path.Combine("tests", "StoryBank.Core.Tests", "TestData", "Corpus");

    /// <summary>The table of files with their counts, and the totals over the files found.</summary>
    /// <param name="folder">Where the files are; by default the committed ones, in the corpus's <c>files</c> folder.</param>
    /// <param name="output">Where the report goes.</param>
    public static void Print(string? folder, TextWriter output)
    {
        var corpus = Path.Combine(NotesInputs.RepositoryRoot(), CorpusFolder);
        folder ??= Path.Combine(corpus, "files");
        var sources = ReadManifest(Path.Combine(corpus, "SOURCES.md"));

        output.WriteLine($"Corpus files from {folder}");
        output.WriteLine();
        output.WriteLine("| File | Found | Expected | Right |");
        output.WriteLine("|---|---:|---:|---|");
        int files = 0, right = 0, found = 0, expected = 0;
        foreach (var (file, expectedStories) in sources)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                output.WriteLine(Invariant($"| {file} | not here | {expectedStories} | |"));
                continue;
            }

            var (stories, refusal) = Import(path);
            files++;
            found += stories;
            expected += expectedStories;
            right += stories == expectedStories ? 1 : 0;
            var shown = refusal is null ? stories.ToString(CultureInfo.InvariantCulture) : $"refused ({refusal})";
            output.WriteLine(Invariant($"| {file} | {shown} | {expectedStories} | {(stories == expectedStories ? "yes" : "no")} |"));
        }

        output.WriteLine();
        output.WriteLine(Invariant($"{files} of {sources.Count} listed files read; story count right in {right}; {found} stories found, {expected} expected."));
    }

    /// <summary>
    /// The stories the importer finds in one file, read as the app reads an upload (<see cref="NotesFile"/> checks the
    /// bytes, then runs <see cref="NotesParser"/>); a file it refuses counts as none, with the reason.
    /// </summary>
    private static (int Stories, string? Refusal) Import(string path)
    {
        try
        {
            return (NotesFile.Parse(File.ReadAllBytes(path), Path.GetFileName(path)).Stories.Count, null);
        }
        catch (NotesImportException refused)
        {
            return (0, refused.Message);
        }
    }

    /// <summary>The manifest's table rows: the file name (first column) and the expected story count (sixth).</summary>
    private static List<(string File, int Expected)> ReadManifest(string path)
    {
        var sources = new List<(string, int)>();
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);

            // A row reads "| file | repo | path | commit | licence | expected | style | gold |": cells[0] is the empty
            // text before the first bar. The header row and the alignment row have no number in the expected column.
            if (cells.Length > 6 && int.TryParse(cells[6], NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
            {
                sources.Add((cells[1], expected));
            }
        }

        return sources;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
