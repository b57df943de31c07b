using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Feeds;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class FeedSubscriptionConfiguration : IEntityTypeConfiguration<FeedSubscription>
{
    public void Configure(EntityTypeBuilder<FeedSubscription> subscription)
    {
        subscription.ToTable("feed_subscriptions");
        subscription.HasKey(s => s.Id);
        subscription.Property(s => s.Recipient).HasMaxLength(40);
        subscription.Property(s => s.Endpoint).HasMaxLength(2000);
        subscription.Property(s => s.Secret).HasMaxLength(200);
        subscription.Property(s => s.CreatedBy).HasMaxLength(200);
    }
}
