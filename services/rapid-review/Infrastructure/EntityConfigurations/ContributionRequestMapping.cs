using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure.EntityConfigurations;

/// <summary>Contribution requests have a table of their own: the chaser reads them across every review.</summary>
internal static class ContributionRequestMapping
{
    public static void Map(OwnedNavigationBuilder<Model.RapidReview, ContributionRequest> requests)
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
    }
}
