using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Infrastructure;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public DbSet<SeriousIncidentNotification> Notifications => Set<SeriousIncidentNotification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SeriousIncidentNotification>(notification =>
        {
            notification.ToTable("serious_incident_notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.LocalAuthority).HasMaxLength(200);
            notification.Property(n => n.Nature).HasConversion(n => n.ToName(), s => IncidentNatureNames.ByName[s]).HasMaxLength(20);
            notification.Property(n => n.CaseOutline).HasMaxLength(10_000);
            notification.Property(n => n.LateReason).HasMaxLength(2_000);
            notification.Property(n => n.Partnership).HasMaxLength(100);
            notification.HasIndex(n => new { n.Partnership, n.CreatedAt });
        });
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.UseSnakeCaseNames();
    }
}
