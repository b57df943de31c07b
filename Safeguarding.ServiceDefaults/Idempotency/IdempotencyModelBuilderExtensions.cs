using Microsoft.EntityFrameworkCore;

namespace Safeguarding.ServiceDefaults.Idempotency;

public static class IdempotencyModelBuilderExtensions
{
    /// <summary>Maps the keys of create requests into a service's own database.</summary>
    public static ModelBuilder AddIdempotentRequests(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotentRequest>(request =>
        {
            request.ToTable("idempotent_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).UseIdentityAlwaysColumn();
            request.Property(r => r.Caller).HasMaxLength(200);
            request.Property(r => r.Key).HasMaxLength(255);
            request.Property(r => r.Operation).HasMaxLength(50);
            request.Property(r => r.RequestHash).HasMaxLength(64);
            // Two retries racing: the second to commit fails here and is answered 409.
            request.HasIndex(r => new { r.Caller, r.Key }).IsUnique();
        });
        return modelBuilder;
    }
}
