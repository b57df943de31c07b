using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Infrastructure.EntityConfigurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        referral.ToTable("referrals");
        referral.HasKey(r => r.Id);
        referral.HasIndex(r => new { r.Partnership, r.ReferredAt });
        referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        referral.Property(r => r.ReferringAgency).HasMaxLength(200);
        referral.OwnsOne(r => r.Contact, ReferralContactMapping.Map);
        referral.OwnsMany(r => r.Children, children => children.ToJson());
        referral.OwnsOne(r => r.DecisionNotToNotify, decision => { decision.ToJson(); decision.OwnsMany(d => d.PartnerPositions); });
        referral.OwnsOne(r => r.Escalation, escalation => { escalation.ToJson(); escalation.OwnsOne(e => e.Resolution); });
        referral.OwnsOne(r => r.LearningRoute, learning => learning.ToJson());
        referral.Property(r => r.WhatHappened).HasMaxLength(10_000);
        referral.Property(r => r.ReasonsForReferral).HasMaxLength(5_000);
        referral.Property(r => r.ReferredBy).HasMaxLength(200);
        referral.Property(r => r.Partnership).HasMaxLength(100);
        referral.Property(r => r.Version).IsRowVersion();
        referral.Ignore(r => r.DecidedOn);
    }
}
