using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure.EntityConfigurations;

internal static class MilestoneMapping
{
    public static void Map(OwnedNavigationBuilder<Model.RapidReview, RapidReviewMilestone> milestone)
    {
        milestone.ToTable("rapid_review_milestones");
        milestone.WithOwner().HasForeignKey("RapidReviewId");
        // A partnership may put two milestones on the same day: the code identifies each.
        milestone.HasKey("RapidReviewId", nameof(RapidReviewMilestone.Code));
        milestone.Property(m => m.Code).HasMaxLength(50);
        milestone.Property(m => m.Description).HasMaxLength(300);
    }
}
