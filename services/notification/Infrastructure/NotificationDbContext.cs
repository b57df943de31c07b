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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SeriousIncidentNotification>(notification =>
        {
            notification.ToTable("serious_incident_notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
            notification.OwnsOne(n => n.Notifier, notifier =>
            {
                // local_authority keeps the column notifications were first made with.
                notifier.Property(x => x.LocalAuthority).HasColumnName("local_authority").HasMaxLength(200);
                notifier.Property(x => x.Name).HasColumnName("notifier_name").HasMaxLength(200);
                notifier.Property(x => x.Role).HasColumnName("notifier_role").HasMaxLength(200);
                notifier.Property(x => x.Telephone).HasColumnName("notifier_telephone").HasMaxLength(40);
                notifier.Property(x => x.Email).HasColumnName("notifier_email").HasMaxLength(256);
            });
            notification.OwnsOne(n => n.Criteria, criteria =>
            {
                criteria.Property(x => x.AbuseOrNeglectKnownOrSuspected).HasColumnName("criteria_abuse_or_neglect");
                criteria.Property(x => x.DiedOrSeriouslyHarmed).HasColumnName("criteria_died_or_seriously_harmed");
                criteria.Property(x => x.Location).HasColumnName("criteria_location").HasMaxLength(40);
                criteria.Property(x => x.LookedAfterChildDeath).HasColumnName("criteria_looked_after_child_death");
            });
            notification.OwnsMany(n => n.Children, children => children.ToJson());
            notification.Property(n => n.IncidentPlace).HasMaxLength(500);
            notification.Property(n => n.Nature).HasConversion(n => n.ToName(), s => IncidentNatureNames.ByName[s]).HasMaxLength(20);
            notification.Property(n => n.FurtherChildren).HasMaxLength(5_000);
            notification.Property(n => n.CaseOutline).HasMaxLength(10_000);
            notification.Property(n => n.LateReason).HasMaxLength(2_000);
            notification.Property(n => n.WithdrawalReason).HasMaxLength(2_000);
            notification.Property(n => n.NotifiedBy).HasMaxLength(200);
            notification.Property(n => n.NewEvidence).HasMaxLength(5_000);
            notification.HasIndex(n => n.ReferralId);
            notification.Property(n => n.Partnership).HasMaxLength(100);
            notification.Property(n => n.Version).IsRowVersion();
            notification.HasIndex(n => new { n.Partnership, n.CreatedAt });
            notification.HasIndex(n => new { n.Partnership, n.NotifiedOn });
        });
        modelBuilder.Entity<NotificationAmendment>(amendment =>
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
        });
        modelBuilder.Entity<Referral>(referral =>
        {
            referral.ToTable("referrals");
            referral.HasKey(r => r.Id);
            referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
            referral.Property(r => r.ReferringAgency).HasMaxLength(200);
            referral.OwnsOne(r => r.Contact, contact =>
            {
                contact.Property(x => x.Name).HasColumnName("contact_name").HasMaxLength(200);
                contact.Property(x => x.Role).HasColumnName("contact_role").HasMaxLength(200);
                contact.Property(x => x.Telephone).HasColumnName("contact_telephone").HasMaxLength(40);
                contact.Property(x => x.Email).HasColumnName("contact_email").HasMaxLength(256);
            });
            referral.OwnsMany(r => r.Children, children => children.ToJson());
            referral.OwnsOne(r => r.DecisionNotToNotify, decision =>
            {
                decision.ToJson();
                decision.OwnsMany(d => d.PartnerPositions);
            });
            referral.OwnsOne(r => r.Escalation, escalation =>
            {
                escalation.ToJson();
                escalation.OwnsOne(e => e.Resolution);
            });
            referral.OwnsOne(r => r.LearningRoute, learning => learning.ToJson());
            referral.Property(r => r.WhatHappened).HasMaxLength(10_000);
            referral.Property(r => r.ReasonsForReferral).HasMaxLength(5_000);
            referral.Property(r => r.ReferredBy).HasMaxLength(200);
            referral.Property(r => r.Partnership).HasMaxLength(100);
            referral.Property(r => r.Version).IsRowVersion();
            referral.Ignore(r => r.DecidedOn);
            referral.HasIndex(r => new { r.Partnership, r.ReferredAt });
        });
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.UseSnakeCaseNames();
    }
}
