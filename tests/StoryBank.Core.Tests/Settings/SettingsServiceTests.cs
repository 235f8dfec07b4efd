using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Data;
using StoryBank.Core.Settings;

namespace StoryBank.Core.Tests.Settings;

public sealed class SettingsServiceTests
{
    [Fact]
    public async Task A_saved_name_is_there_for_the_next_service_over_the_same_database()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Get<SettingsService>().SavePersonNameAsync("  Jordan Lee ");

        var again = new SettingsService(db.Get<IDbContextFactory<StoryBankDbContext>>());

        Assert.Equal("Jordan Lee", await again.PersonNameAsync());
    }

    [Fact]
    public async Task Saving_a_blank_name_clears_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        var settings = db.Get<SettingsService>();
        await settings.SavePersonNameAsync("Saved Name");

        await settings.SavePersonNameAsync("   ");

        Assert.Null(await settings.PersonNameAsync());
    }

    [Fact]
    public async Task No_name_saved_or_configured_is_null()
    {
        await using var db = await TestDatabase.CreateAsync();

        Assert.Null(await db.Get<SettingsService>().PersonNameAsync());
    }

    [Fact]
    public async Task A_name_over_200_characters_is_refused_and_the_old_one_kept()
    {
        await using var db = await TestDatabase.CreateAsync();
        var settings = db.Get<SettingsService>();
        await settings.SavePersonNameAsync("Jordan Lee");

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => settings.SavePersonNameAsync(new string('n', 201)));

        Assert.StartsWith("The name may be at most 200 characters; it has 201.", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Jordan Lee", await settings.PersonNameAsync());
    }
}
