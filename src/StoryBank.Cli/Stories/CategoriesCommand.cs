using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;

namespace StoryBank.Cli.Stories;

/// <summary><c>storybank categories</c>: each category's slug, name and number of stories.</summary>
internal static class CategoriesCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("categories", "List the question categories with their story counts.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await StoryBankCommandLine.OpenAsync(parseResult, cancellationToken);
            var categories = await services.GetRequiredService<CategoryService>().ListAsync(cancellationToken);

            var slugWidth = categories.Max(c => c.Slug.Length);
            var nameWidth = categories.Max(c => c.Name.Length);
            await output.WriteLineAsync($"{"SLUG".PadRight(slugWidth)}  {"NAME".PadRight(nameWidth)}  STORIES");
            foreach (var category in categories)
            {
                await output.WriteLineAsync($"{category.Slug.PadRight(slugWidth)}  {category.Name.PadRight(nameWidth)}  {category.StoryCount,7}");
            }

            return 0;
        });
        return command;
    }
}
