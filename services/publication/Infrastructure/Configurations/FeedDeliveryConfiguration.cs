using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Feeds;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class FeedDeliveryConfiguration : IEntityTypeConfiguration<FeedDelivery>
{
    public void Configure(EntityTypeBuilder<FeedDelivery> delivery)
    {
        delivery.ToTable("feed_deliveries");
        delivery.HasKey(d => d.Id);
        delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        delivery.HasIndex(d => d.FeedItemId);
        delivery.HasOne<FeedItem>().WithMany().HasForeignKey(d => d.FeedItemId);
        delivery.HasOne<FeedSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId);
        delivery.Property(d => d.Recipient).HasMaxLength(40);
        delivery.Property(d => d.Status).HasMaxLength(20);
        delivery.Property(d => d.Version).IsRowVersion();
        delivery.OwnsMany(d => d.Attempts, x => x.ToJson());
    }
}
