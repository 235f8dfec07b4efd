using System.Text.Json;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Tests.Stories;

public sealed class StarSectionsJsonTests
{
    [Fact]
    public void The_sections_are_written_as_six_fields_in_place_of_one_object()
    {
        var draft = new StoryDraft { Title = "Quotas", Sections = new() { Situation = "s", Role = "r", Action = "a", Outcome = "o", Reflection = "f", Notes = "n" } };

        var json = JsonSerializer.Serialize(draft, StarSectionsJson.Plain);

        Assert.Equal(
            """{"Title":"Quotas","Questions":[],"CategoryId":null,"Situation":"s","Role":"r","Action":"a","Outcome":"o","Reflection":"f","Notes":"n","Metrics":[],"FollowUps":[]}""",
            json);
    }

    [Fact]
    public void A_draft_saved_with_six_fields_reads_back_into_the_sections()
    {
        const string Saved = """{"Title":"Quotas","Questions":["Why?"],"CategoryId":null,"Situation":"s","Role":"","Action":"a","Outcome":"o","Reflection":"","Notes":"n","Metrics":[],"FollowUps":[]}""";

        var draft = JsonSerializer.Deserialize<StoryDraft>(Saved, StarSectionsJson.Plain)!;

        Assert.Equal(new StarSections { Situation = "s", Action = "a", Outcome = "o", Notes = "n" }, draft.Sections);
        Assert.Equal(["Why?"], draft.Questions);
    }
}
