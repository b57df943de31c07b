using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure;

public sealed class RapidReviewDbContext(DbContextOptions<RapidReviewDbContext> options) : DbContext(options)
{
    public DbSet<Model.RapidReview> RapidReviews => Set<Model.RapidReview>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Model.RapidReview>(review =>
        {
            review.ToTable("rapid_reviews");
            review.HasKey(r => r.Id);
            // One rapid review per notification, however often the event arrives.
            review.HasIndex(r => r.NotificationId).IsUnique();
            review.Property(r => r.Partnership).HasMaxLength(100);
            review.Property(r => r.LocalAuthority).HasMaxLength(200);
            review.Property(r => r.Nature).HasMaxLength(20);
            review.Property(r => r.Status).HasConversion(s => s.ToString().ToLowerInvariant(), s => Enum.Parse<RapidReviewStatus>(s, true)).HasMaxLength(20);
            review.Property(r => r.ClosedBecause).HasMaxLength(50);
            review.HasIndex(r => r.ReferralId);
            review.OwnsMany(r => r.Milestones, milestone =>
            {
                milestone.ToTable("rapid_review_milestones");
                milestone.WithOwner().HasForeignKey("RapidReviewId");
                milestone.HasKey("RapidReviewId", nameof(RapidReviewMilestone.Day));
                milestone.Property(m => m.Code).HasMaxLength(50);
                milestone.Property(m => m.Description).HasMaxLength(300);
            });
        });
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.UseSnakeCaseNames();
    }
}
