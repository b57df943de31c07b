using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Safeguarding.Notification.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Infrastructure.EntityConfigurations;

internal sealed class ImportedReferralConfiguration : IEntityTypeConfiguration<ImportedReferral>
{
    /// <summary>A recorded date kept as the register wrote it: yyyy-MM-dd, or yyyy-MM for a month.</summary>
    private static readonly ValueConverter<RecordedDay, string> AsWritten = new(d => d.ToString(), s => RecordedDay.Parse(s)!.Value);

    public void Configure(EntityTypeBuilder<ImportedReferral> referral)
    {
        referral.ToTable("imported_referrals");
        referral.HasKey(r => new { r.Partnership, r.Reference });
        referral.Property(r => r.Partnership).HasMaxLength(100);
        referral.Property(r => r.Reference).HasMaxLength(40);
        referral.Property(r => r.ReferredOn).HasConversion(AsWritten).HasMaxLength(10);
        referral.Property(r => r.DecidedOn).HasConversion(AsWritten).HasMaxLength(10);
        referral.Property(r => r.NotifiedOn).HasConversion(AsWritten).HasMaxLength(10);
    }
}
