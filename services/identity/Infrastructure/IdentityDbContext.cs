using Microsoft.EntityFrameworkCore;

namespace Safeguarding.Identity.Api.Infrastructure;

/// <summary>The identity service's own database: OpenIddict's applications, scopes, authorizations and tokens.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
    }
}
