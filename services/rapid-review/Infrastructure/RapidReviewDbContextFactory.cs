using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.RapidReview.Api.Infrastructure;

/// <summary>Lets the EF Core tools build the model to generate migrations; no database is contacted.</summary>
internal sealed class RapidReviewDbContextFactory : IDesignTimeDbContextFactory<RapidReviewDbContext>
{
    public RapidReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RapidReviewDbContext>().UseNpgsql("Host=localhost;Database=rapidreviewdb").Options);
}
