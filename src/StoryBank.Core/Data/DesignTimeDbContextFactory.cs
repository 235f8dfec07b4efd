using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StoryBank.Core.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting a front end.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<StoryBankDbContext>
{
    public StoryBankDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StoryBankDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options);
}
