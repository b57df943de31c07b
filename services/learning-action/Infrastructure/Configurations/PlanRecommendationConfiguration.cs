using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure.Configurations;

internal sealed class PlanRecommendationConfiguration : IEntityTypeConfiguration<PlanRecommendation>
{
    public void Configure(EntityTypeBuilder<PlanRecommendation> recommendation)
    {
        recommendation.ToTable("plan_recommendations");
        recommendation.HasKey(r => r.Id);
        // An accepted report opens its entries once, however often its event arrives.
        recommendation.HasIndex(r => new { r.ReviewId, r.Code }).IsUnique();
        recommendation.HasIndex(r => new { r.Partnership, r.AcceptedOn });
        recommendation.Property(r => r.Partnership).HasMaxLength(100);
        recommendation.Property(r => r.ReviewType).HasMaxLength(60);
        recommendation.Property(r => r.Code).HasMaxLength(20);
    }
}
