using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.Messaging.History;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Infrastructure.EntityConfigurations;

internal sealed class ImportedReviewConfiguration : IEntityTypeConfiguration<ImportedReview>
{
    public void Configure(EntityTypeBuilder<ImportedReview> review)
    {
        review.ToTable("imported_reviews");
        review.HasKey(r => new { r.Partnership, r.Reference });
        review.Property(r => r.Partnership).HasMaxLength(100);
        review.Property(r => r.Reference).HasMaxLength(40);
        review.Property(r => r.Outcome).HasMaxLength(60);
        foreach (var date in new[] { nameof(ImportedReview.NotifiedOn), nameof(ImportedReview.RapidReviewOn), nameof(ImportedReview.ReviewDecidedOn),
                     nameof(ImportedReview.ReportToPartnership) })
            review.Property<RecordedDay?>(date).AsRecorded();
        review.Ignore(r => r.IsReview);
        review.Ignore(r => r.DecidedOn);
    }
}
