using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure.Configurations;

internal sealed class RapidReviewLearningConfiguration : IEntityTypeConfiguration<RapidReviewLearning>
{
    public void Configure(EntityTypeBuilder<RapidReviewLearning> learning)
    {
        learning.ToTable("rapid_review_learning");
        // A decision is kept once, however often its event arrives.
        learning.HasKey(l => l.RapidReviewId);
        learning.HasIndex(l => new { l.Partnership, l.DecidedOn });
        learning.Property(l => l.Partnership).HasMaxLength(100);
        learning.Property(l => l.Outcome).HasMaxLength(60);
    }
}
