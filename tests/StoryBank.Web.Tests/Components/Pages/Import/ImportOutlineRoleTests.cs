using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using StoryBank.Core.Import;
using StoryBank.Web.Components.Pages.Import;

namespace StoryBank.Web.Tests.Components.Pages.Import;

/// <summary>Each role in the Import page's menus does what its label says, and what the same choice in a roles file does.</summary>
public sealed class ImportOutlineRoleTests : PageTest
{
    // Read as written: "Leadership" (it has text of its own) and both level-3 headings are questions.
    private const string Notes = """
        ## Leadership
        We work in pods of five.

        ### Tell me about a conflict with a coworker
        **Situation:** Two teams wanted the same cluster.
        **Action:** I set up a meeting with both leads.

        ### Tell me about a time you helped a teammate
        **Situation:** A new hire was stuck on the build.
        **Action:** I paired with her for a day.
        """;

    public ImportOutlineRoleTests() => Services.AddSingleton(_ => Database.Get<RoleChoicesStore>());

    public static TheoryData<string, string> EveryOfferedRoleForEachHeadingLevel()
    {
        var data = new TheoryData<string, string>();
        foreach (var level in new[] { "h2", "h3" })
        {
            foreach (var role in new[] { "group", "question", "storyTitle", "sectionLabel", "followUp", "answer", "notes", "ignore", "meta" })
            {
                data.Add(level, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOfferedRoleForEachHeadingLevel))]
    public void Choosing_a_role_for_a_level_previews_what_the_same_roles_file_imports(string level, string role)
    {
        var page = RenderAndUpload();
        var value = Enum.Parse<BlockRole>(role, ignoreCase: true).ToString();
        Assert.Contains(value, page.FindAll($"#role-level-{level} option").Select(o => o.GetAttribute("value")));

        page.Find($"#role-level-{level}").Change(value);

        var file = NotesParser.Parse(Notes, "notes.md", RoleChoices.FromJson($$"""{ "levels": { "{{level}}": "{{role}}" } }"""));
        page.WaitForAssertion(() => Assert.Equal(Rows(file), Rows(page)), Wait);
        Assert.Equal(file.Warnings.Select(w => $"line {w.Line}: {w.Message}"), page.FindAll(".warnings li").Select(w => w.TextContent));
    }

    [Fact]
    public void Every_heading_menu_offers_leaving_out_a_whole_section_and_list_menus_do_not_offer_it_twice()
    {
        var page = RenderAndUpload(Notes + "\n- Why this team?\n");

        Assert.Equal("left out with everything under them", OptionText(page.Find("#role-level-h2"), BlockRole.Meta));
        Assert.Equal("left out with everything under it", OptionText(page.Find("#role-line-4"), BlockRole.Meta));
        Assert.Equal("left out (what is under them is read as usual)", OptionText(page.Find("#role-level-h3"), BlockRole.Ignore));
        Assert.Null(page.Find("#role-level-list1").QuerySelector($"option[value='{BlockRole.Meta}']"));
    }

    [Fact]
    public void Level_2_headings_left_out_with_everything_under_them_leave_no_story()
    {
        var page = RenderAndUpload();

        page.Find("#role-level-h2").Change(nameof(BlockRole.Meta));

        page.WaitForAssertion(() => Assert.Empty(Questions(page)), Wait);
        Assert.Equal("0 stories: .", page.Find(".preview .summary").TextContent);
        Assert.True(page.Find("button.import-button").HasAttribute("disabled"));
        Assert.Contains(page.FindAll(".warnings li"), w => w.TextContent.StartsWith("line 4: ", StringComparison.Ordinal));
    }

    [Fact]
    public void One_heading_left_out_with_everything_under_it_takes_its_section_out_and_keeps_the_rest()
    {
        var page = RenderAndUpload(Notes.Replace("### Tell me about a time you helped", "## Tell me about a time you helped", StringComparison.Ordinal));
        Assert.Equal(3, Questions(page).Count);

        page.Find("#role-line-1").Change(nameof(BlockRole.Meta));

        page.WaitForAssertion(() => Assert.Equal(["Tell me about a time you helped a teammate"], Questions(page)), Wait);
    }

    [Fact]
    public void Level_2_headings_as_categories_file_the_stories_under_them_in_that_category()
    {
        var page = RenderAndUpload();

        page.Find("#role-level-h2").Change(nameof(BlockRole.Group));

        page.WaitForAssertion(() => Assert.Equal(["Tell me about a conflict with a coworker", "Tell me about a time you helped a teammate"], Questions(page)), Wait);
        Assert.Equal("Leadership & growing people", page.Find("tr[data-line='8'] .category").TextContent);
    }

    [Fact]
    public void One_heading_as_a_category_files_the_stories_under_it()
    {
        var page = RenderAndUpload();

        page.Find("#role-line-1").Change(nameof(BlockRole.Group));

        page.WaitForAssertion(() => Assert.Equal(2, Questions(page).Count), Wait);
        Assert.Equal("Leadership & growing people", page.Find("tr[data-line='8'] .category").TextContent);
    }

    [Fact]
    public void Level_3_headings_as_questions_start_a_story_each_again_after_being_follow_ups()
    {
        var page = RenderAndUpload();
        page.Find("#role-level-h3").Change(nameof(BlockRole.FollowUp));
        page.WaitForAssertion(() => Assert.Equal(["Leadership"], Questions(page)), Wait);

        page.Find("#role-level-h3").Change(nameof(BlockRole.Question));

        page.WaitForAssertion(() => Assert.Equal(["Leadership", "Tell me about a conflict with a coworker", "Tell me about a time you helped a teammate"], Questions(page)), Wait);
        Assert.Equal("questions", SelectedText(page.Find("#role-level-h3")));
    }

    [Fact]
    public void One_heading_as_a_question_starts_its_own_story_among_follow_ups()
    {
        var page = RenderAndUpload();
        page.Find("#role-level-h3").Change(nameof(BlockRole.FollowUp));
        page.WaitForAssertion(() => Assert.Single(Questions(page)), Wait);

        page.Find("#role-line-8").Change(nameof(BlockRole.Question));

        page.WaitForAssertion(() => Assert.Equal(["Leadership", "Tell me about a time you helped a teammate"], Questions(page)), Wait);
        Assert.Equal("1", page.Find("tr[data-line='1'] .follow-ups").TextContent.Trim());
    }

    [Fact]
    public void Level_3_headings_as_story_titles_name_stories_that_ask_no_question()
    {
        var page = RenderAndUpload();

        page.Find("#role-level-h3").Change(nameof(BlockRole.StoryTitle));

        page.WaitForAssertion(() => Assert.Equal(["Leadership", "(story) Tell me about a conflict with a coworker", "(story) Tell me about a time you helped a teammate"], Questions(page)), Wait);
    }

    [Fact]
    public void One_heading_as_a_story_title_names_that_story_only()
    {
        var page = RenderAndUpload();

        page.Find("#role-line-4").Change(nameof(BlockRole.StoryTitle));

        page.WaitForAssertion(() => Assert.Contains("(story) Tell me about a conflict with a coworker", Questions(page)), Wait);
        Assert.Contains("Tell me about a time you helped a teammate", Questions(page));
    }

    [Fact]
    public void Level_3_headings_as_follow_ups_are_the_follow_ups_of_the_story_above()
    {
        var page = RenderAndUpload();

        page.Find("#role-level-h3").Change(nameof(BlockRole.FollowUp));

        page.WaitForAssertion(() => Assert.Equal(["Leadership"], Questions(page)), Wait);
        Assert.Equal("2", page.Find("tr[data-line='1'] .follow-ups").TextContent.Trim());
    }

    [Fact]
    public void A_heading_as_a_section_label_files_the_text_under_it_in_that_section_despite_its_level()
    {
        var notes = Notes[..Notes.IndexOf("### Tell me about a time", StringComparison.Ordinal)] + "### Outcome\nThe two teams shared the cluster from then on.\n";
        var page = RenderAndUpload(notes);
        page.Find("#role-level-h3").Change(nameof(BlockRole.Question));
        page.WaitForAssertion(() => Assert.Equal(["Leadership", "Tell me about a conflict with a coworker", "Outcome"], Questions(page)), Wait);
        Assert.Single(page.FindAll("tr[data-line='4'] .star-mark[title='Outcome: empty']"));

        page.Find("#role-line-8").Change(nameof(BlockRole.SectionLabel));

        page.WaitForAssertion(() => Assert.Equal(["Leadership", "Tell me about a conflict with a coworker"], Questions(page)), Wait);
        Assert.Single(page.FindAll("tr[data-line='4'] .star-mark[title='Outcome: filled']"));
    }

    [Fact]
    public void Level_3_headings_as_notes_keep_their_text_in_the_story_above()
    {
        var page = RenderAndUpload();

        page.Find("#role-level-h3").Change(nameof(BlockRole.Notes));

        page.WaitForAssertion(() => Assert.Equal(["Leadership"], Questions(page)), Wait);
        Assert.Equal("1–10", page.Find("tr[data-line='1'] .source").TextContent);
        Assert.Empty(page.FindAll(".warnings li"));
    }

    [Fact]
    public void One_heading_as_notes_keeps_its_text_in_the_story_above()
    {
        var page = RenderAndUpload();

        page.Find("#role-line-8").Change(nameof(BlockRole.Notes));

        page.WaitForAssertion(() => Assert.Equal(["Leadership", "Tell me about a conflict with a coworker"], Questions(page)), Wait);
        Assert.Equal("4–10", page.Find("tr[data-line='4'] .source").TextContent);
    }

    [Fact]
    public void Level_2_headings_ignored_leave_out_the_heading_and_keep_the_questions_under_it()
    {
        var page = RenderAndUpload();

        page.Find("#role-level-h2").Change(nameof(BlockRole.Ignore));

        page.WaitForAssertion(() => Assert.Equal(["Tell me about a conflict with a coworker", "Tell me about a time you helped a teammate"], Questions(page)), Wait);
        Assert.Contains("line 1: Left out as you chose: Leadership", page.FindAll(".warnings li").Select(w => w.TextContent));
    }

    [Fact]
    public void One_heading_ignored_is_left_out_and_said_so()
    {
        var page = RenderAndUpload();

        page.Find("#role-line-8").Change(nameof(BlockRole.Ignore));

        page.WaitForAssertion(() => Assert.Equal(["Leadership", "Tell me about a conflict with a coworker"], Questions(page)), Wait);
        Assert.Contains("line 8: Left out as you chose: Tell me about a time you helped a teammate", page.FindAll(".warnings li").Select(w => w.TextContent));
    }

    private IRenderedComponent<ImportNotes> RenderAndUpload(string notes = Notes)
    {
        var page = Render<ImportNotes>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(notes, "notes.md"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".outline")), Wait);
        return page;
    }

    /// <summary>Each previewed story as the table shows it: first line, subject, follow-ups and lines.</summary>
    private static List<string> Rows(IRenderedComponent<ImportNotes> page) =>
        page.FindAll("table.import-table tbody tr")
            .Select(r => $"{r.GetAttribute("data-line")} {r.QuerySelector(".question-text")!.TextContent.Trim()} {r.QuerySelector(".follow-ups")!.TextContent.Trim()} {r.QuerySelector(".source")!.TextContent.Trim()}")
            .ToList();

    private static List<string> Rows(NotesImport import) =>
        import.Stories
            .Select(s => $"{s.Source.Line} {(s.Question.Length > 0 ? s.Question : $"(story) {s.Title}")} {s.FollowUps.Count} {(s.Source.EndLine > s.Source.Line ? $"{s.Source.Line}–{s.Source.EndLine}" : $"{s.Source.Line}")}")
            .ToList();

    private static List<string> Questions(IRenderedComponent<ImportNotes> page) =>
        page.FindAll("table.import-table tbody tr .question-text").Select(q => q.TextContent.Trim()).ToList();

    private static string OptionText(IElement select, BlockRole role) => select.QuerySelector($"option[value='{role}']")!.TextContent.Trim();

    private static string SelectedText(IElement select) =>
        (select.QuerySelector("option[selected]") ?? select.QuerySelector("option"))!.TextContent.Trim();
}
