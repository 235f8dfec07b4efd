using Microsoft.Extensions.Options;

namespace StoryBank.Core.Practice;

/// <summary>
/// Checks the target band when the options are first read (at start-up in the web app): a wrong band would colour every
/// answer wrongly without anyone noticing, so it is better to refuse to start and say which setting is wrong.
/// </summary>
public sealed class PracticeOptionsValidator : IValidateOptions<PracticeOptions>
{
    public ValidateOptionsResult Validate(string? name, PracticeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.TargetMinSeconds <= 0)
        {
            failures.Add($"{PracticeOptions.SectionName}: the target band's minimum ({options.TargetMinSeconds} s) must be above 0 s");
        }

        if (options.TargetMinSeconds > options.TargetMaxSeconds)
        {
            failures.Add($"{PracticeOptions.SectionName}: the target band's minimum ({options.TargetMinSeconds} s) exceeds its maximum ({options.TargetMaxSeconds} s)");
        }
        else if (options.TargetMinSeconds == options.TargetMaxSeconds)
        {
            failures.Add($"{PracticeOptions.SectionName}: the target band's minimum and maximum are both {options.TargetMinSeconds} s; the band must be wider");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
