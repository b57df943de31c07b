using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Infrastructure.EntityConfigurations;

internal sealed class NotificationAmendmentConfiguration : IEntityTypeConfiguration<NotificationAmendment>
{
    public void Configure(EntityTypeBuilder<NotificationAmendment> amendment)
    {
        amendment.ToTable("notification_amendments");
        amendment.HasKey(a => a.Id);
        amendment.Property(a => a.Id).UseIdentityAlwaysColumn();
        amendment.Property(a => a.AmendedBy).HasMaxLength(200);
        amendment.Property(a => a.AmendedByName).HasMaxLength(200);
        amendment.Property(a => a.Agency).HasMaxLength(200);
        amendment.Property(a => a.Reason).HasMaxLength(2_000);
        amendment.HasIndex(a => new { a.NotificationId, a.Number }).IsUnique();
        amendment.HasOne<SeriousIncidentNotification>().WithMany().HasForeignKey(a => a.NotificationId);
    }
}
