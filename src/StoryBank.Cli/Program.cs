using StoryBank.Cli;

return await StoryBankCommandLine.InvokeAsync(args, Console.Out, Console.Error);
