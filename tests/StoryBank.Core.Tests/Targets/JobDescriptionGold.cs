using System.Text.Json.Nodes;
using StoryBank.Core.Tests.Import;

namespace StoryBank.Core.Tests.Targets;

/// <summary>Whole-file golds for the job-description matcher, approved like the import golds (<see cref="ImportGold.CheckWhole"/>).</summary>
internal static class JobDescriptionGold
{
    /// <summary>
    /// Compares the JSON with the gold (its optional <c>about</c> key aside); on a difference writes NAME.received.json
    /// beside the gold in the source tree and returns a message. A missing gold is a difference too.
    /// </summary>
    public static string? CheckWhole(string goldName, string received)
    {
        var goldPath = ImportGold.TestDataPath("JobDescriptions", goldName);
        var receivedPath = Path.Combine(SourceFolder(), goldName.Replace(".gold.json", ".received.json", StringComparison.Ordinal));
        var gold = File.Exists(goldPath) ? JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject() : null;
        gold?.Remove("about");
        if (gold is not null && JsonNode.DeepEquals(gold, JsonNode.Parse(received)))
        {
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received + "\n");
        return $"{goldName}: the match differs from the gold; see {receivedPath} (copy it over the gold to approve the change)";
    }

    private static string SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StoryBank.Core.Tests.csproj")))
            {
                return Path.Combine(folder.FullName, "TestData", "JobDescriptions");
            }
        }

        throw new DirectoryNotFoundException("The test project's folder was not found above " + AppContext.BaseDirectory);
    }
}
