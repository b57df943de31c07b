using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure.EntityConfigurations;

internal sealed class RapidReviewConfiguration : IEntityTypeConfiguration<Model.RapidReview>
{
    public void Configure(EntityTypeBuilder<Model.RapidReview> review)
    {
        review.ToTable("rapid_reviews");
        review.HasKey(r => r.Id);
        // One rapid review per notification, however often the event arrives.
        review.HasIndex(r => r.NotificationId).IsUnique();
        review.HasIndex(r => r.ReferralId);
        review.Property(r => r.Partnership).HasMaxLength(100);
        review.Property(r => r.LocalAuthority).HasMaxLength(200);
        review.Property(r => r.Nature).HasMaxLength(20);
        review.Property(r => r.Status).HasConversion(s => s.ToString().ToLowerInvariant(), s => Enum.Parse<RapidReviewStatus>(s, true)).HasMaxLength(20);
        review.Property(r => r.ClosedBecause).HasMaxLength(50);
        review.Property(r => r.Version).IsRowVersion();
        review.OwnsMany(r => r.Contributions, contributions =>
        {
            contributions.ToJson();
            contributions.OwnsOne(c => c.Practitioner);
            contributions.OwnsMany(c => c.KeyPracticeEpisodes);
        });
        review.OwnsMany(r => r.ContributionRequests, ContributionRequestMapping.Map);
        review.OwnsMany(r => r.Milestones, MilestoneMapping.Map);
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
    }
}
