using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure.EntityConfigurations;

/// <summary>A paper's bytes live apart from the review, so that loading a review never reads them.</summary>
internal sealed class MeetingPaperContentConfiguration : IEntityTypeConfiguration<MeetingPaperContent>
{
    public void Configure(EntityTypeBuilder<MeetingPaperContent> content)
    {
        content.ToTable("meeting_paper_contents");
        content.HasKey(c => c.PaperId);
        content.HasIndex(c => c.RapidReviewId);
    }
}
