using System.Globalization;
using System.Text;
using StoryBank.Core.Import;

namespace StoryBank.Benchmarks.Inputs;

/// <summary>Loads the seed or generates notes; each benchmark process calls this once, in its global setup.</summary>
public static class NotesInputs
{
    public const int MegaByte = 1024 * 1024;

    public static string Text(NotesInput input) => input switch
    {
        NotesInput.Seed => File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "StoryBank.Core.Tests", "TestData", "Seed", "interview-notes.md")),
        NotesInput.Notes1MB => NotesGenerator.Notes(MegaByte),
        NotesInput.Notes5MB => NotesGenerator.Notes((int)NotesFile.MaxBytes),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    /// <summary>The folder holding StoryBank.sln, found from wherever BenchmarkDotNet placed the running program.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StoryBank.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No StoryBank.sln above {AppContext.BaseDirectory}; run the benchmarks from inside the repository.");
    }

    /// <summary>Prints each input's size and what the importer makes of it, to check the generator writes realistic notes.</summary>
    public static void Describe(TextWriter output)
    {
        output.WriteLine("| Input | Bytes | Stories | Warnings |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var input in Enum.GetValues<NotesInput>())
        {
            var text = Text(input);
            var import = NotesParser.Parse(text, "interview-notes.md");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {input} | {Encoding.UTF8.GetByteCount(text):N0} | {import.Stories.Count:N0} | {import.Warnings.Count:N0} |"));
        }
    }
}
