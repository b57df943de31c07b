using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.Publication.Api.Infrastructure;

/// <summary>Lets the EF Core tools build the model to generate migrations; no database is contacted.</summary>
internal sealed class PublicationDbContextFactory : IDesignTimeDbContextFactory<PublicationDbContext>
{
    public PublicationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PublicationDbContext>().UseNpgsql("Host=localhost;Database=publicationdb").Options);
}
