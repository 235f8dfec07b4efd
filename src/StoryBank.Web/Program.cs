using Microsoft.Extensions.Options;
using StoryBank.Core;
using StoryBank.Core.Data;
using StoryBank.Core.Practice;
using StoryBank.Web;
using StoryBank.Web.Components;
using StoryBank.Web.Export;
using StoryBank.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// The build output lists the static files (CSS, scripts) where they sit in the source tree; the host reads that list
// only in Development, so the app started from bin/ in any other environment served empty stylesheets. A published
// app has no such list and serves its own wwwroot, so this changes nothing there.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddStoryBankWeb(builder.Configuration);

var app = builder.Build();
try
{
    // The settings are checked before anything touches the database, so a wrong value neither migrates nor seeds it;
    // reading an option's value runs its validators (ValidateOnStart would only say so later, with a trace).
    _ = app.Services.GetRequiredService<IOptions<StoryBankOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<PracticeOptions>>().Value;

    var database = await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    app.Logger.UsingDatabase(database);
    await SeedNotes.ImportAsync(app);
}
catch (DatabaseProblemException problem)
{
    // A damaged, read-only, locked or full database: one sentence naming the file and what to do, never a trace.
    await Console.Error.WriteLineAsync(problem.Message);
    return 1;
}
catch (OptionsValidationException problem)
{
    // A wrong setting: its name and what is wrong with it, in one line.
    await Console.Error.WriteLineAsync(problem.Message);
    return 1;
}

// The plain error page in every environment: the README's `dotnet run` starts in Development, and the person using the
// app must never see a developer exception page.
app.UseExceptionHandler("/Error", createScopeForErrors: true);

app.UseSecurityHeaders();
app.UseCircuitOriginCheck();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapExportEndpoints();
app.MapRazorComponents<App>()
    // SecurityHeaders sends the one policy, frame-ancestors included; Blazor would add a second header of its own.
    .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

await app.RunAsync();
return 0;
