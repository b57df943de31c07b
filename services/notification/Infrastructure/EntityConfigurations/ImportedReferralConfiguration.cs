using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Notification.Api.Model;
using Safeguarding.Messaging.History;

namespace Safeguarding.Notification.Api.Infrastructure.EntityConfigurations;

internal sealed class ImportedReferralConfiguration : IEntityTypeConfiguration<ImportedReferral>
{
    public void Configure(EntityTypeBuilder<ImportedReferral> referral)
    {
        referral.ToTable("imported_referrals");
        referral.HasKey(r => new { r.Partnership, r.Reference });
        referral.Property(r => r.Partnership).HasMaxLength(100);
        referral.Property(r => r.Reference).HasMaxLength(40);
        referral.Property(r => r.ReferredOn).AsRecorded();
        referral.Property(r => r.DecidedOn).AsRecorded();
        referral.Property(r => r.NotifiedOn).AsRecorded();
    }
}
