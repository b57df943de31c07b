using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Infrastructure.EntityConfigurations;

internal sealed class ImportedReviewConfiguration : IEntityTypeConfiguration<ImportedReview>
{
    /// <summary>A recorded date kept as the register wrote it: yyyy-MM-dd, or yyyy-MM for a month.</summary>
    private static readonly ValueConverter<RecordedDay, string> AsWritten = new(d => d.ToString(), s => RecordedDay.Parse(s)!.Value);

    public void Configure(EntityTypeBuilder<ImportedReview> review)
    {
        review.ToTable("imported_reviews");
        review.HasKey(r => new { r.Partnership, r.Reference });
        review.Property(r => r.Partnership).HasMaxLength(100);
        review.Property(r => r.Reference).HasMaxLength(40);
        review.Property(r => r.Outcome).HasMaxLength(60);
        foreach (var date in new[] { nameof(ImportedReview.NotifiedOn), nameof(ImportedReview.RapidReviewOn), nameof(ImportedReview.ReviewDecidedOn),
                     nameof(ImportedReview.ReportToPartnership) })
            review.Property<RecordedDay?>(date).HasConversion(AsWritten).HasMaxLength(10);
        review.Ignore(r => r.IsReview);
        review.Ignore(r => r.DecidedOn);
    }
}
