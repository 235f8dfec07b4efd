using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;
using StoryBank.Core.Targets;
using StoryBank.Web.Components.Pages.Targets;

namespace StoryBank.Web.Tests.Components.Pages.Targets;

public sealed class TargetListTests : PageTest
{
    private TargetService Targets => Database.Get<TargetService>();

    [Fact]
    public async Task Each_row_shows_company_role_date_days_to_go_and_gaps_and_links_to_the_target()
    {
        var today = DateOnly.FromDateTime(Database.Clock.GetUtcNow().UtcDateTime);
        var id = await Targets.AddAsync(new NewTarget("Amazon", "Senior Engineer", today.AddDays(12), BuiltInModels.AmazonName, ["Customer Obsession", "Dive Deep"]));
        await Targets.AddAsync(new NewTarget("Globex", ""));

        var list = RenderList();

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("tbody tr").Count), Wait);
        var cells = list.FindAll("tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Amazon", cells[0]);
        Assert.Equal("Senior Engineer", cells[1]);
        Assert.Equal(today.AddDays(12).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture), cells[2]);
        Assert.Equal("12 days", cells[3]);
        // Two competencies without stories and both "Why" questions unanswered.
        Assert.Equal("4", cells[4]);
        Assert.Equal($"targets/{id}", list.Find("tbody tr a").GetAttribute("href"));
        Assert.Equal("—", list.FindAll("tbody tr")[1].QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task The_model_choice_holds_the_built_in_models_then_the_persons_own()
    {
        await Targets.SaveModelAsync("My startup values", [new CompetencyDefinition { Name = "Ownership", CategorySlugs = ["ownership"] }]);

        var list = RenderList();

        var options = list.FindAll("#target-model option").Select(o => o.TextContent).ToList();
        Assert.Equal([.. BuiltInModels.All.Select(m => m.Name), "My startup values (yours)"], options);
    }

    [Fact]
    public async Task Adding_without_a_company_says_it_is_required_and_adds_nothing()
    {
        var list = RenderList();
        list.WaitForAssertion(() => Assert.False(list.Find("button[type=submit]").HasAttribute("disabled")), Wait);

        list.Find("#target-role").Change("Engineer");
        list.Find("form").Submit();

        list.WaitForAssertion(() => Assert.Equal("The company is required.", list.Find(".validation-message").TextContent), Wait);
        Assert.Empty(await Targets.ListAsync());
    }

    [Fact]
    public async Task A_role_the_service_refuses_shows_its_sentence_on_the_form_and_adds_nothing()
    {
        var list = RenderList();
        list.WaitForAssertion(() => Assert.False(list.Find("button[type=submit]").HasAttribute("disabled")), Wait);

        list.Find("#target-company").Change("Amazon");
        list.Find("#target-role").Change(new string('r', TargetService.MaxNameLength + 1));
        list.Find("form").Submit();

        list.WaitForAssertion(() => Assert.Equal(
            $"The role may be at most {TargetService.MaxNameLength} characters; it has {TargetService.MaxNameLength + 1}.",
            list.Find(".validation-errors li").TextContent), Wait);
        Assert.Empty(await Targets.ListAsync());
    }

    [Fact]
    public async Task Adding_a_target_stores_it_with_the_chosen_model_and_opens_its_page()
    {
        var list = RenderList();
        var navigation = Services.GetRequiredService<NavigationManager>();
        list.WaitForAssertion(() => Assert.False(list.Find("button[type=submit]").HasAttribute("disabled")), Wait);

        list.Find("#target-company").Change("Amazon");
        list.Find("#target-role").Change("Support lead");
        list.Find("#target-date").Change("2027-01-15");
        list.Find("#target-model").Change(BuiltInModels.AmazonName);
        list.Find("form").Submit();

        list.WaitForAssertion(() => Assert.Single(Targets.ListAsync().GetAwaiter().GetResult()), Wait);
        var added = (await Targets.ListAsync()).Single();
        Assert.Equal(("Amazon", "Support lead", new DateOnly(2027, 1, 15), BuiltInModels.AmazonName), (added.Company, added.Role, added.InterviewDate, added.ModelName));
        Assert.EndsWith($"targets/{added.Id}", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_target_asks_first_says_stories_stay_and_keeps_them()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Checkout retry storm" });
        var id = await Targets.AddAsync(new NewTarget("Amazon", "Engineer", null, BuiltInModels.AmazonName, ["Dive Deep"]));
        var competency = (await Targets.GetAsync(id))!.Competencies.Single().Id;
        await Targets.PickStoriesAsync(competency, [story.Id]);
        var list = RenderList();
        list.WaitForAssertion(() => Assert.False(list.Find("button.btn-outline-danger").HasAttribute("disabled")), Wait);

        list.Find("button.btn-outline-danger").Click();

        Assert.Contains("Your stories stay.", list.Find(".confirm-remove").TextContent, StringComparison.Ordinal);
        Assert.NotNull(await Targets.GetAsync(id));

        list.Find(".confirm-remove button.btn-danger").Click();

        list.WaitForAssertion(() => Assert.Empty(list.FindAll("tbody tr")), Wait);
        Assert.Null(await Targets.GetAsync(id));
        Assert.NotNull(await Database.Get<StoryService>().GetAsync(story.Id));
    }

    [Fact]
    public async Task Keep_it_leaves_the_target_in_place()
    {
        await Targets.AddAsync(new NewTarget("Amazon", "Engineer"));
        var list = RenderList();
        list.WaitForAssertion(() => Assert.False(list.Find("button.btn-outline-danger").HasAttribute("disabled")), Wait);

        list.Find("button.btn-outline-danger").Click();
        list.Find(".confirm-remove button.btn-outline-secondary").Click();

        Assert.Empty(list.FindAll(".confirm-remove"));
        Assert.Single(await Targets.ListAsync());
    }

    private IRenderedComponent<TargetList> RenderList()
    {
        Services.AddSingleton(Targets);
        Services.AddSingleton(Database.Get<TargetCoverageService>());
        return Render<TargetList>();
    }
}
