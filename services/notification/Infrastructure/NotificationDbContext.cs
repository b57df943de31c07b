using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Idempotency;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Infrastructure;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public DbSet<SeriousIncidentNotification> Notifications => Set<SeriousIncidentNotification>();

    public DbSet<NotificationAmendment> Amendments => Set<NotificationAmendment>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ImportedReferral> ImportedReferrals => Set<ImportedReferral>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.UseSnakeCaseNames();
    }
}
