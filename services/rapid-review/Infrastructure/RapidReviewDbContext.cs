using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure;

public sealed class RapidReviewDbContext(DbContextOptions<RapidReviewDbContext> options) : DbContext(options)
{
    public DbSet<Model.RapidReview> RapidReviews => Set<Model.RapidReview>();

    public DbSet<CaseReview> CaseReviews => Set<CaseReview>();

    public DbSet<WithdrawnNotification> WithdrawnNotifications => Set<WithdrawnNotification>();

    public DbSet<MeetingPaperContent> MeetingPaperContents => Set<MeetingPaperContent>();

    /// <summary>
    /// Saves the review's own row with the step, whatever the step changed, so that its version is
    /// checked: a change only to rows the review owns in other tables (milestones, contribution
    /// requests) would otherwise not notice a concurrent change to the review.
    /// </summary>
    public void CheckConcurrency(Model.RapidReview review) => Entry(review).Property(r => r.Status).IsModified = true;

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
            review.Property(r => r.Version).IsRowVersion();
            review.OwnsMany(r => r.Contributions, contributions =>
            {
                contributions.ToJson();
                contributions.OwnsOne(c => c.Practitioner);
                contributions.OwnsMany(c => c.KeyPracticeEpisodes);
            });
            review.OwnsMany(r => r.ContributionRequests, requests =>
            {
                requests.ToTable("contribution_requests");
                requests.WithOwner().HasForeignKey("RapidReviewId");
                requests.HasKey(c => c.Id);
                requests.Property(c => c.Id).ValueGeneratedNever();
                requests.Property(c => c.Agency).HasMaxLength(200);
                requests.Property(c => c.AgencyType).HasMaxLength(30);
                requests.Property(c => c.RequestedBy).HasMaxLength(200);
                // The chaser looks for what is still awaited; an agency for what is asked of it.
                requests.HasIndex(c => new { c.ReceivedAt, c.DueOn });
                requests.HasIndex(c => c.Agency);
            });
            review.OwnsOne(r => r.Meeting, meeting => meeting.ToJson());
            review.OwnsOne(r => r.MeetingPlan, plan =>
            {
                plan.ToJson();
                plan.OwnsMany(p => p.Invitations);
                plan.OwnsMany(p => p.Papers);
            });
            review.OwnsOne(r => r.Recommendation, recommendation => recommendation.ToJson());
            review.OwnsOne(r => r.Decision, decision => decision.ToJson());
            review.OwnsOne(r => r.Submission, submission => submission.ToJson());
            review.OwnsOne(r => r.PanelResponse, response => response.ToJson());
            review.OwnsMany(r => r.Milestones, milestone =>
            {
                milestone.ToTable("rapid_review_milestones");
                milestone.WithOwner().HasForeignKey("RapidReviewId");
                // A partnership may put two milestones on the same day: the code identifies each.
                milestone.HasKey("RapidReviewId", nameof(RapidReviewMilestone.Code));
                milestone.Property(m => m.Code).HasMaxLength(50);
                milestone.Property(m => m.Description).HasMaxLength(300);
            });
        });
        modelBuilder.Entity<CaseReview>(review =>
        {
            review.ToTable("case_reviews");
            review.HasKey(r => r.Id);
            review.HasIndex(r => r.RapidReviewId).IsUnique();
            review.HasIndex(r => new { r.Partnership, r.DecidedOn });
            review.Property(r => r.Partnership).HasMaxLength(100);
            review.Property(r => r.LocalAuthority).HasMaxLength(200);
            review.Property(r => r.Type).HasMaxLength(60);
            review.Property(r => r.Methodology).HasMaxLength(500);
            review.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
            review.Property(r => r.Version).IsRowVersion();
            review.Ignore(r => r.ExpectedCompletionOn);
            review.OwnsOne(r => r.Reviewer, x => x.ToJson());
            review.OwnsOne(r => r.PractitionerLearningEvent, x => { x.ToJson(); x.OwnsMany(e => e.Attendance); });
            review.OwnsOne(r => r.FamilyInvolvement, x => x.ToJson());
            review.OwnsMany(r => r.ParallelProceedings, x => x.ToJson());
            review.OwnsOne(r => r.Costs, x => { x.ToJson(); x.OwnsMany(c => c.PartnerContributions); });
            review.OwnsMany(r => r.Slippages, x => x.ToJson());
            review.OwnsOne(r => r.Report, x => { x.ToJson(); x.OwnsMany(a => a.Recommendations); });
        });
        modelBuilder.Entity<WithdrawnNotification>(withdrawn =>
        {
            withdrawn.ToTable("withdrawn_notifications");
            withdrawn.HasKey(w => w.NotificationId);
        });
        modelBuilder.Entity<MeetingPaperContent>(content =>
        {
            content.ToTable("meeting_paper_contents");
            content.HasKey(c => c.PaperId);
            content.HasIndex(c => c.RapidReviewId);
        });
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.UseSnakeCaseNames();
    }
}
