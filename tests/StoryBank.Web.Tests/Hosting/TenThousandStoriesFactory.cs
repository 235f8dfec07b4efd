using System.Text;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Import;

namespace StoryBank.Web.Tests.Hosting;

/// <summary>The real web app over a database of <see cref="StoryCount"/> imported stories, every one with gaps.</summary>
public sealed class TenThousandStoriesFactory : IAsyncLifetime
{
    public const int StoryCount = 10_000;

    public StoryBankWebApplicationFactory App { get; } = new() { SeedFolder = "" };

    public async Task InitializeAsync()
    {
        var notes = new StringBuilder();
        string[] groups = ["Conflict", "Failure", "Leadership", "Motivation"];
        for (var i = 0; i < StoryCount; i++)
        {
            if (i % (StoryCount / groups.Length) == 0)
            {
                notes.Append("## ").AppendLine(groups[i / (StoryCount / groups.Length)]).AppendLine();
            }

            notes.Append("### Tell me about a time number ").Append(i).AppendLine(" you disagreed?").AppendLine()
                .Append("**Situation:** Team ").Append(i).AppendLine(" was about to migrate the billing service to kubernetes.").AppendLine()
                .AppendLine("**Action:** I wrote a one-page comparison and asked for a week to test it.").AppendLine();
        }

        var import = NotesParser.Parse(notes.ToString(), "many.md");
        var report = await App.Services.GetRequiredService<ImportService>().ImportAsync(import);
        Assert.Equal(StoryCount, report.Count(ImportAction.Create));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
