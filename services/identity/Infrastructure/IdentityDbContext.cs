using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Identity.Api.Model;

namespace Safeguarding.Identity.Api.Infrastructure;

/// <summary>
/// The identity service's own database: people's accounts (ASP.NET Core Identity) and OpenIddict's
/// applications, scopes, authorizations and tokens.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : IdentityUserContext<SafeguardingUser>(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SafeguardingUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Partnership).HasMaxLength(100);
            user.Property(u => u.Agency).HasMaxLength(200);
        });
        modelBuilder.UseOpenIddict();
    }
}
