using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Import;
using StoryBank.Web.Components.Pages.Import;

namespace StoryBank.Web.Tests.Components.Pages.Import;

public sealed class ImportOutlineTests : PageTest
{
    // Read as written, "Teamwork" has text of its own, so it is a question like the two below it.
    private const string Notes = """
        ## Teamwork
        We work in pods of five.

        ### Tell me about a conflict with a coworker
        **Situation:** Two teams wanted the same cluster.
        **Action:** I set up a meeting with both leads.

        ### Tell me about a time you helped a teammate
        **Situation:** A new hire was stuck on the build.
        **Action:** I paired with her for a day.
        """;

    public ImportOutlineTests() => Services.AddSingleton(_ => Database.Get<RoleChoicesStore>());

    [Fact]
    public void The_outline_lists_each_heading_with_its_role_and_a_labelled_control_per_level()
    {
        var page = RenderAndUpload();

        var blocks = page.FindAll(".outline-block");
        Assert.Equal([1, 4, 8], blocks.Take(3).Select(b => int.Parse(b.GetAttribute("data-line")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Assert.Contains("Tell me about a conflict with a coworker", page.Find("label[for='role-line-4']").TextContent, StringComparison.Ordinal);
        Assert.Equal("question (as read)", SelectedText(page.Find("#role-line-4")));
        Assert.Equal("Level-2 headings are:", page.Find("label[for='role-level-h2']").TextContent);
        Assert.Equal("Level-3 headings are:", page.Find("label[for='role-level-h3']").TextContent);
    }

    [Fact]
    public void Choosing_level_2_headings_are_categories_changes_the_previewed_stories()
    {
        var page = RenderAndUpload();
        Assert.Contains("Teamwork", Questions(page));

        page.Find("#role-level-h2").Change(nameof(BlockRole.Group));

        page.WaitForAssertion(() => Assert.Equal(["Tell me about a conflict with a coworker", "Tell me about a time you helped a teammate"], Questions(page)), Wait);
        Assert.Equal("categories", SelectedText(page.Find("#role-level-h2")));
        Assert.Equal("category (by level)", SelectedText(page.Find("#role-line-1")));
    }

    [Fact]
    public void A_block_override_changes_one_story_and_leaves_the_others()
    {
        var page = RenderAndUpload();
        page.Find("#role-level-h2").Change(nameof(BlockRole.Group));
        page.WaitForAssertion(() => Assert.Equal(2, Questions(page).Count), Wait);

        page.Find("#role-line-8").Change(nameof(BlockRole.FollowUp));

        page.WaitForAssertion(() => Assert.Equal(["Tell me about a conflict with a coworker"], Questions(page)), Wait);
        Assert.Equal("1", page.Find("table.import-table tbody tr[data-line='4'] .follow-ups").TextContent.Trim());
        Assert.Equal("follow-up", SelectedText(page.Find("#role-line-8")));
    }

    [Fact]
    public void A_line_the_outline_does_not_list_can_be_given_a_role_by_its_number()
    {
        var page = RenderAndUpload();
        Assert.Empty(page.FindAll("#role-line-2"));

        page.Find("#line-choice-line").Change("2");
        page.Find("#line-choice-role").Change(nameof(BlockRole.Question));
        page.Find("button.line-choice-set").Click();

        page.WaitForAssertion(() => Assert.Contains("We work in pods of five.", Questions(page)), Wait);
        Assert.Equal("question", SelectedText(page.Find("#role-line-2")));
    }

    [Fact]
    public void A_line_that_starts_no_block_changes_nothing_and_says_so()
    {
        var page = RenderAndUpload();
        var before = Questions(page);

        page.Find("#line-choice-line").Change("3");
        page.Find("button.line-choice-set").Click();

        Assert.Equal("Line 3 starts no paragraph, heading or list item of the notes; nothing changed.", page.Find(".line-choice-status").TextContent);
        Assert.Equal(before, Questions(page));
    }

    [Fact]
    public async Task Import_saves_the_choices_and_the_next_preview_of_the_same_file_starts_with_them()
    {
        var page = RenderAndUpload();
        page.Find("#role-level-h2").Change(nameof(BlockRole.Group));
        page.WaitForAssertion(() => Assert.Equal(2, Questions(page).Count), Wait);

        page.Find("button.import-button").Click();
        page.WaitForAssertion(() => Assert.StartsWith("2 created", page.Find(".result .summary").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(BlockRole.Group, (await Database.Get<RoleChoicesStore>().LoadAsync("notes.md"))!.Levels["h2"]);

        var again = RenderAndUpload();

        Assert.Equal("categories", SelectedText(again.Find("#role-level-h2")));
        Assert.Equal(["Tell me about a conflict with a coworker", "Tell me about a time you helped a teammate"], Questions(again));
        Assert.All(again.FindAll("table.import-table tbody tr .action"), a => Assert.Equal("unchanged", a.TextContent.Trim()));
    }

    [Fact]
    public void Another_file_does_not_start_with_the_choices_saved_for_this_one()
    {
        var page = RenderAndUpload();
        page.Find("#role-level-h2").Change(nameof(BlockRole.Group));
        page.WaitForAssertion(() => Assert.Equal(2, Questions(page).Count), Wait);
        page.Find("button.import-button").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".result .summary")), Wait);

        var other = RenderAndUpload("other.md");

        Assert.Contains("Teamwork", Questions(other));
        Assert.StartsWith("as read", SelectedText(other.Find("#role-level-h2")), StringComparison.Ordinal);
    }

    private IRenderedComponent<ImportNotes> RenderAndUpload(string fileName = "notes.md")
    {
        var page = Render<ImportNotes>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Notes, fileName));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".outline")), Wait);
        return page;
    }

    private static List<string> Questions(IRenderedComponent<ImportNotes> page) =>
        page.FindAll("table.import-table tbody tr .question-text").Select(q => q.TextContent.Trim()).ToList();

    private static string SelectedText(IElement select) =>
        (select.QuerySelector("option[selected]") ?? select.QuerySelector("option"))!.TextContent.Trim();
}
