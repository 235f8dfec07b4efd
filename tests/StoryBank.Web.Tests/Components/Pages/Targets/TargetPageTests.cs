using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Stories;
using StoryBank.Core.Targets;
using StoryBank.Web.Components.Pages.Targets;

namespace StoryBank.Web.Tests.Components.Pages.Targets;

public sealed class TargetPageTests : PageTest
{
    private const string SupportDescription = "Support lead\n\nRequirements:\n- Obsess over every customer.\n- Dig for the root cause of every bug.\n";

    private static readonly StarSections Complete = new()
    {
        Situation = "Our checkout failed for one customer in five during the holiday sale.",
        Role = "I owned the payments service as its tech lead.",
        Action = "I traced the failures to a retry storm, added backoff and a circuit breaker, and paired with support on the fix.",
        Outcome = "Failures fell from 20% to 0.3% within a day and the sale made $2.1M.",
    };

    private TargetService Targets => Database.Get<TargetService>();

    [Fact]
    public async Task The_why_questions_come_first_with_a_prompt_and_a_link_to_answer_them_while_empty()
    {
        var id = await Targets.AddAsync(new NewTarget("Globex", "Engineer", null, BuiltInModels.AmazonName, ["Dive Deep"]));

        var page = RenderTarget(id);

        var sections = page.FindAll("section h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Why this target", "Competencies", "Choose competencies from the job description"], sections);
        var why = page.FindAll(".why li");
        Assert.Equal(2, why.Count);
        Assert.StartsWith("Why Globex?", why[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("What draws you to Globex", why[0].QuerySelector(".prompt")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("stories/new?category=motivation&question=Why%20Globex%3F", why[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("Why this role?", why[1].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("3 gaps", page.Find(".gap-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_motivation_story_asking_why_the_company_answers_it_with_a_link_to_the_story()
    {
        await ImportSeedAsync();
        var id = await Targets.AddAsync(new NewTarget("Facebook", "", null, BuiltInModels.GenericName, ["Motivation & fit"]));

        var page = RenderTarget(id);

        var company = page.FindAll(".why li")[0];
        Assert.DoesNotContain("gap", company.ClassList);
        Assert.Contains("Answered by", company.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("stories/", company.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Competencies_without_a_story_come_first_then_each_with_its_stories_and_readiness()
    {
        var categories = (await Database.Get<CategoryService>().ListAsync()).ToDictionary(c => c.Slug, c => c.Id);
        var stories = Database.Get<StoryService>();
        var ready = await stories.CreateAsync(new StoryDraft { Title = "Checkout retry storm", CategoryId = categories["customer"], Sections = Complete });
        var rough = await stories.CreateAsync(new StoryDraft { Title = "Angry client call", CategoryId = categories["customer"], Sections = new() { Situation = "A client called." } });
        var id = await Targets.AddAsync(new NewTarget("Amazon", "Engineer", null, BuiltInModels.AmazonName, ["Customer Obsession", "Dive Deep"]));

        var page = RenderTarget(id);

        var competencies = page.FindAll(".competency");
        Assert.Equal(2, competencies.Count);
        Assert.StartsWith("Dive Deep", competencies[0].QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("No story yet", competencies[0].TextContent, StringComparison.Ordinal);
        Assert.NotNull(competencies[0].QuerySelector("a[href^='stories/new?category=']"));
        var rows = competencies[1].QuerySelectorAll(".stories li");
        Assert.Equal(["Checkout retry storm", "Angry client call"], rows.Select(r => r.QuerySelector("a")!.TextContent));
        Assert.Equal($"stories/{ready.Id}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("ready", rows[0].QuerySelector(".readiness-text")!.TextContent);
        Assert.Equal("4 of 4 STAR sections filled", rows[0].QuerySelector(".readiness")!.GetAttribute("aria-label"));
        Assert.Equal("1 of 4 STAR sections filled", rows[1].QuerySelector(".readiness")!.GetAttribute("aria-label"));
        Assert.NotEqual("ready", rows[1].QuerySelector(".readiness-text")!.TextContent);
        Assert.Equal($"stories/{rough.Id}", rows[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task One_story_carrying_too_many_competencies_is_a_warning()
    {
        var story = await Database.Get<StoryService>().CreateAsync(new StoryDraft { Title = "Checkout retry storm", Sections = Complete });
        string[] names = ["Customer Obsession", "Ownership", "Dive Deep", "Earn Trust"];
        var id = await Targets.AddAsync(new NewTarget("Amazon", "Engineer", null, BuiltInModels.AmazonName, names));
        foreach (var competency in (await Targets.GetAsync(id))!.Competencies)
        {
            await Targets.PickStoriesAsync(competency.Id, [story.Id]);
        }

        var page = RenderTarget(id);

        Assert.Contains("\"Checkout retry storm\" carries 4 of 4 competencies", page.Find(".warnings").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_job_description_proposes_competencies_with_their_sentences_and_keeps_the_accepted_ones()
    {
        var id = await Targets.AddAsync(new NewTarget("Amazon", "Support lead", null, BuiltInModels.AmazonName));
        var page = RenderTarget(id);
        page.WaitForAssertion(() => Assert.False(page.Find("#jd-text").HasAttribute("disabled")), Wait);

        page.Find("#jd-text").Input(SupportDescription);
        page.Find("button:contains('Find competencies')").Click();

        var proposals = page.FindAll(".proposal");
        Assert.Equal(["Customer Obsession", "Dive Deep", "Insist on the Highest Standards"], proposals.Select(p => p.QuerySelector("label")!.TextContent));
        Assert.Contains("“Obsess over every customer.”", proposals[0].QuerySelector(".evidence")!.TextContent, StringComparison.Ordinal);

        page.FindAll(".proposal input[type=checkbox]")[2].Change(false);
        page.Find("button:contains('Use the kept competencies')").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".competency").Count), Wait);
        var kept = (await Targets.GetAsync(id))!.Competencies.Select(c => c.Name);
        Assert.Equal(["Customer Obsession", "Dive Deep"], kept);
        Assert.Empty(page.FindAll(".proposal"));
    }

    [Fact]
    public async Task A_description_with_nothing_recognised_says_so_and_changes_nothing()
    {
        var id = await Targets.AddAsync(new NewTarget("Amazon", "", null, BuiltInModels.AmazonName, ["Dive Deep"]));
        var page = RenderTarget(id);

        page.Find("#jd-text").Input("Lorem ipsum dolor sit amet.\nConsectetur adipiscing elit.");
        page.Find("button:contains('Find competencies')").Click();

        Assert.Equal(JobDescriptionMatch.NothingRecognisedMessage, page.Find(".nothing").TextContent);
        Assert.Empty(page.FindAll(".proposal"));
        Assert.Equal(["Dive Deep"], (await Targets.GetAsync(id))!.Competencies.Select(c => c.Name));
    }

    [Fact]
    public void An_unknown_target_says_there_is_none()
    {
        var page = RenderTarget(404);

        Assert.Equal("No such target", page.Find("h1").TextContent);
    }

    private IRenderedComponent<TargetPage> RenderTarget(int id)
    {
        Services.AddSingleton(Targets);
        Services.AddSingleton(Database.Get<TargetCoverageService>());
        var page = Render<TargetPage>(p => p.Add(c => c.Id, id));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("p:contains('Loading')")), Wait);
        return page;
    }
}
