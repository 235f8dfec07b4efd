using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Targets;

namespace StoryBank.Cli.Targets;

/// <summary>
/// <c>storybank targets list|add|remove|match</c>: the interviews to prepare for, and what a job description asks for.
/// </summary>
internal static class TargetsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("targets", "Interviews to prepare for: a company and role, a date and the competencies they ask about.");
        command.Subcommands.Add(List(output));
        command.Subcommands.Add(Add(output, error));
        command.Subcommands.Add(Remove(output, error));
        command.Subcommands.Add(Match(output, error));
        return command;
    }

    private static Command List(TextWriter output)
    {
        var command = new Command("list", "List the targets, the next interview first.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await StoryBankCommandLine.OpenAsync(parseResult, cancellationToken);
            var targets = await services.GetRequiredService<TargetService>().ListAsync(cancellationToken);
            if (targets.Count == 0)
            {
                await output.WriteLineAsync("No targets yet; add one with: storybank targets add COMPANY --role ROLE [--date YYYY-MM-DD] [--model NAME]");
                return 0;
            }

            var idWidth = Math.Max(2, targets.Max(t => t.Id.ToString(CultureInfo.InvariantCulture).Length));
            var titleWidth = Math.Max(6, targets.Max(t => t.Title.Length));
            await output.WriteLineAsync($"{"ID".PadLeft(idWidth)}  {"DATE",-10}  {"TARGET".PadRight(titleWidth)}  MODEL (COMPETENCIES)");
            foreach (var target in targets)
            {
                var date = target.InterviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
                await output.WriteLineAsync(
                    $"{target.Id.ToString(CultureInfo.InvariantCulture).PadLeft(idWidth)}  {date,-10}  {target.Title.PadRight(titleWidth)}  {target.ModelName} ({target.CompetencyCount})");
            }

            return 0;
        });
        return command;
    }

    private static Command Add(TextWriter output, TextWriter error)
    {
        var company = new Argument<string>("COMPANY") { Description = "The company you interview with." };
        var role = new Option<string?>("--role") { Description = "The role you interview for." };
        var date = new Option<string?>("--date") { Description = "The day of the interview, as YYYY-MM-DD." };
        var model = new Option<string?>("--model")
        {
            Description = $"The competency model: \"{BuiltInModels.AmazonName}\", \"{BuiltInModels.MetaName}\", \"{BuiltInModels.GenericName}\" (the default) or one of your own.",
        };
        var competencies = new Option<string[]>("--competency") { Description = "Take only this competency of the model (repeat for more); default: all of them." };
        var jobDescription = new Option<FileInfo?>("--jd") { Description = "Take the model's competencies this job description asks for (see 'targets match')." };
        var command = new Command("add", "Add a target with the competencies of a model.") { company, role, date, model, competencies, jobDescription };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            DateOnly? day = null;
            if (parseResult.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await error.WriteLineAsync($"--date: \"{text}\" is not a date as YYYY-MM-DD.");
                    return 1;
                }

                day = parsed;
            }

            await using var services = await StoryBankCommandLine.OpenAsync(parseResult, cancellationToken);
            var targets = services.GetRequiredService<TargetService>();
            IReadOnlyList<string>? names = parseResult.GetValue(competencies) is { Length: > 0 } given ? given : null;
            if (parseResult.GetValue(jobDescription) is { } file)
            {
                var modelName = parseResult.GetValue(model) ?? BuiltInModels.GenericName;
                var chosen = (await targets.ModelsAsync(cancellationToken)).FirstOrDefault(m => string.Equals(m.Name, modelName, StringComparison.OrdinalIgnoreCase));
                if (chosen is not null && await ReadAsync(file, error, cancellationToken) is { } description)
                {
                    var proposed = JobDescriptionMatcher.Propose(chosen, JobDescriptionMatcher.Match(description));
                    if (proposed.Count == 0)
                    {
                        await error.WriteLineAsync($"{file.Name}: {JobDescriptionMatch.NothingRecognisedMessage}");
                        return 1;
                    }

                    names = [.. proposed.Select(p => p.Competency.Name)];
                }
                else if (chosen is not null)
                {
                    return 1;
                }
            }

            try
            {
                var id = await targets.AddAsync(new NewTarget(parseResult.GetValue(company)!, parseResult.GetValue(role) ?? "", day, parseResult.GetValue(model), names), cancellationToken);
                var added = (await targets.GetAsync(id, cancellationToken))!;
                await output.WriteLineAsync($"Added target {id}: {added.Target.Title} ({added.Target.ModelName}, {added.Competencies.Count} competencies).");
                foreach (var competency in added.Competencies)
                {
                    await output.WriteLineAsync($"  {competency.Name}");
                }

                return 0;
            }
            catch (ArgumentException exception)
            {
                await error.WriteLineAsync(FirstSentence(exception));
                return 1;
            }
        });
        return command;
    }

    private static Command Remove(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("NAME") { Description = "The target's id, company, or \"Company — Role\" as 'targets list' shows it." };
        var command = new Command("remove", "Remove a target. Its stories are kept.") { name };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await StoryBankCommandLine.OpenAsync(parseResult, cancellationToken);
            var targets = services.GetRequiredService<TargetService>();
            var found = await FindOneAsync(targets, parseResult.GetValue(name)!, error, cancellationToken);
            if (found is null)
            {
                return 1;
            }

            await targets.RemoveAsync(found.Id, cancellationToken);
            await output.WriteLineAsync($"Removed target {found.Id}: {found.Title}. Its stories are kept.");
            return 0;
        });
        return command;
    }

    private static Command Match(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A job description as plain text." };
        var json = new Option<bool>("--json") { Description = "Print the match as JSON: each category with its score and the sentences that triggered it." };
        var model = new Option<string?>("--model") { Description = "Also name the competencies of this model the description asks for." };
        var command = new Command("match", "Find the competencies a job description asks for, with the sentences that say so.") { file, json, model };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            if (await ReadAsync(path, error, cancellationToken) is not { } description)
            {
                return 1;
            }

            var match = JobDescriptionMatcher.Match(description);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JobDescriptionJson.Serialize(match));
                return 0;
            }

            if (match.NothingRecognised)
            {
                await output.WriteLineAsync(JobDescriptionMatch.NothingRecognisedMessage);
                return 0;
            }

            foreach (var category in match.Categories)
            {
                var verdict = category.Proposed ? "asked for" : "mentioned only";
                await output.WriteLineAsync($"{category.Name} ({category.Slug}): {verdict}, score {category.Score.ToString(CultureInfo.InvariantCulture)}");
                foreach (var evidence in category.Evidence)
                {
                    await output.WriteLineAsync($"  line {evidence.Line} ({evidence.Place}, \"{evidence.Cue}\"): {evidence.Sentence}");
                }
            }

            if (parseResult.GetValue(model) is { } modelName)
            {
                await using var services = await StoryBankCommandLine.OpenAsync(parseResult, cancellationToken);
                var models = await services.GetRequiredService<TargetService>().ModelsAsync(cancellationToken);
                var chosen = models.FirstOrDefault(m => string.Equals(m.Name, modelName, StringComparison.OrdinalIgnoreCase));
                if (chosen is null)
                {
                    await error.WriteLineAsync($"There is no competency model \"{modelName}\"; the models are: {string.Join(", ", models.Select(m => m.Name))}.");
                    return 1;
                }

                var proposed = JobDescriptionMatcher.Propose(chosen, match);
                await output.WriteLineAsync($"{chosen.Name}: {(proposed.Count == 0 ? "none" : string.Join(", ", proposed.Select(p => p.Competency.Name)))}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The one target a name means, or null after saying why not (none, or several).</summary>
    internal static async Task<TargetSummary?> FindOneAsync(TargetService targets, string name, TextWriter error, CancellationToken cancellationToken)
    {
        var found = await targets.FindAsync(name, cancellationToken);
        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                await error.WriteLineAsync($"There is no target \"{name}\"; 'storybank targets list' shows them.");
                return null;
            default:
                await error.WriteLineAsync($"\"{name}\" names {found.Count} targets: {string.Join("; ", found.Select(t => $"{t.Id} {t.Title}"))}. Give the id.");
                return null;
        }
    }

    private static async Task<string?> ReadAsync(FileInfo file, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(file.FullName, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{file.FullName}: {exception.Message}");
            return null;
        }
    }

    /// <summary>An <see cref="ArgumentException"/>'s sentence without the " (Parameter 'x')" it appends.</summary>
    private static string FirstSentence(ArgumentException exception) =>
        exception.ParamName is null ? exception.Message : exception.Message.Replace($" (Parameter '{exception.ParamName}')", "", StringComparison.Ordinal);
}
