using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure.EntityConfigurations;

internal sealed class CaseReviewConfiguration : IEntityTypeConfiguration<CaseReview>
{
    public void Configure(EntityTypeBuilder<CaseReview> review)
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
    }
}
