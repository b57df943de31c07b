using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.LearningAction.Api.Infrastructure;

/// <summary>Lets the EF Core tools build the model to generate migrations; no database is contacted.</summary>
internal sealed class LearningActionDbContextFactory : IDesignTimeDbContextFactory<LearningActionDbContext>
{
    public LearningActionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LearningActionDbContext>().UseNpgsql("Host=localhost;Database=learningactiondb").Options);
}
