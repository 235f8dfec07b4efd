using System.Globalization;
using StoryBank.Benchmarks.Inputs;
using StoryBank.Core.Import;

namespace StoryBank.Benchmarks.Import;

/// <summary>
/// Imports the real notes listed in the corpus manifest (tests/StoryBank.Core.Tests/TestData/Corpus/SOURCES.md) and
/// prints, per file, the stories a careful reader finds, the stories the importer finds as it infers the roles, and the
/// stories it finds with the corrections in <c>Corpus/roles/</c> (our own roles files) with how many corrections they
/// are. Not a benchmark: it measures how much of the structure the importer gets right, on notes nobody wrote for it,
/// and how much the person has to correct.
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

        output.WriteLine($"Corpus files from {folder}; corrections from {Path.Combine(corpus, "roles")}");
        output.WriteLine();
        output.WriteLine("| File | Expected | Found | With corrections | Corrections | Right |");
        output.WriteLine("|---|---:|---:|---:|---:|---|");
        int files = 0, right = 0, rightCorrected = 0, found = 0, foundCorrected = 0, expected = 0, overTwo = 0;
        foreach (var (file, expectedStories) in sources)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                output.WriteLine(Invariant($"| {file} | {expectedStories} | not here | | | |"));
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var (stories, refusal) = Import(bytes, file, null);
            var choices = Corrections(corpus, file);
            var corrections = choices is null ? 0 : choices.Levels.Count + choices.Blocks.Count;
            var (corrected, correctedRefusal) = choices is null ? (stories, refusal) : Import(bytes, file, choices);
            files++;
            found += stories;
            foundCorrected += corrected;
            expected += expectedStories;
            right += stories == expectedStories ? 1 : 0;
            rightCorrected += corrected == expectedStories ? 1 : 0;
            overTwo += corrections > 2 ? 1 : 0;
            var verdict = (stories == expectedStories, corrected == expectedStories) switch
            {
                (true, _) => "yes",
                (false, true) => "corrected",
                _ => "no",
            };
            output.WriteLine(Invariant($"| {file} | {expectedStories} | {Shown(stories, refusal)} | {(choices is null ? "no roles file" : Shown(corrected, correctedRefusal))} | {corrections} | {verdict} |"));
        }

        output.WriteLine();
        output.WriteLine(Invariant($"{files} of {sources.Count} listed files read; {found} stories found, {expected} expected."));
        output.WriteLine(Invariant($"Story count right in {right} files as inferred, in {rightCorrected} with the corrections ({foundCorrected} stories); {overTwo} files need more than two corrections."));
    }

    private static string Shown(int stories, string? refusal) => refusal is null ? stories.ToString(CultureInfo.InvariantCulture) : $"refused ({refusal})";

    /// <summary>
    /// The roles file for a corpus file (<c>roles/FILE.roles.json</c>, in the format <c>storybank import --roles</c> reads),
    /// or null; each level and each block it names is one correction the person makes on the Import page.
    /// </summary>
    private static RoleChoices? Corrections(string corpus, string file)
    {
        var path = Path.Combine(corpus, "roles", file + ".roles.json");
        return File.Exists(path) ? RoleChoices.FromJson(File.ReadAllText(path)) : null;
    }

    /// <summary>
    /// The stories the importer finds in one file, read as the app reads an upload (<see cref="NotesFile"/> checks the
    /// bytes, then runs <see cref="NotesParser"/>), with the person's corrections if any; a file it refuses counts as
    /// none, with the reason.
    /// </summary>
    private static (int Stories, string? Refusal) Import(byte[] bytes, string file, RoleChoices? choices)
    {
        try
        {
            return (NotesFile.Parse(bytes, file, choices).Stories.Count, null);
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
