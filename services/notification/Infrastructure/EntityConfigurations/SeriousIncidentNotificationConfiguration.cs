using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Infrastructure.EntityConfigurations;

internal sealed class SeriousIncidentNotificationConfiguration : IEntityTypeConfiguration<SeriousIncidentNotification>
{
    public void Configure(EntityTypeBuilder<SeriousIncidentNotification> notification)
    {
        notification.ToTable("serious_incident_notifications");
        notification.HasKey(n => n.Id);
        notification.HasIndex(n => n.ReferralId);
        notification.HasIndex(n => new { n.Partnership, n.CreatedAt });
        notification.HasIndex(n => new { n.Partnership, n.NotifiedOn });
        notification.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        notification.OwnsOne(n => n.Notifier, NotifierMapping.Map);
        notification.OwnsOne(n => n.Criteria, CriteriaMapping.Map);
        notification.OwnsMany(n => n.Children, children => children.ToJson());
        notification.Property(n => n.IncidentPlace).HasMaxLength(500);
        notification.Property(n => n.Nature).HasConversion(n => n.ToName(), s => IncidentNatureNames.ByName[s]).HasMaxLength(20);
        notification.Property(n => n.FurtherChildren).HasMaxLength(5_000);
        notification.Property(n => n.CaseOutline).HasMaxLength(10_000);
        notification.Property(n => n.LateReason).HasMaxLength(2_000);
        notification.Property(n => n.WithdrawalReason).HasMaxLength(2_000);
        notification.Property(n => n.NotifiedBy).HasMaxLength(200);
        notification.Property(n => n.NewEvidence).HasMaxLength(5_000);
        notification.Property(n => n.Partnership).HasMaxLength(100);
        notification.Property(n => n.Version).IsRowVersion();
    }
}
