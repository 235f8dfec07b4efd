using StoryBank.Core.Data;
using StoryBank.Web;
using StoryBank.Web.Components;
using StoryBank.Web.Export;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStoryBankWeb(builder.Configuration);

var app = builder.Build();
var database = await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
app.Logger.UsingDatabase(database);
await SeedNotes.ImportAsync(app);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapExportEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.RunAsync();
