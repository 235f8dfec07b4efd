namespace StoryBank.Cli.Tests;

/// <summary>The command line as a whole: help, version, unknown commands.</summary>
public sealed class StoryBankCommandLineTests
{
    [Fact]
    public async Task Help_names_the_commands()
    {
        var run = await CliRun.InvokeAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("categories", run.Output, StringComparison.Ordinal);
        Assert.Contains("--db", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var run = await CliRun.InvokeAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Fact]
    public async Task An_unknown_command_fails_with_a_message()
    {
        var run = await CliRun.InvokeAsync("frobnicate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }
}
