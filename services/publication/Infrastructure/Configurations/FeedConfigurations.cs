using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Feeds;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> item)
    {
        item.ToTable("feed_items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Sequence).UseIdentityAlwaysColumn();
        // The writing transaction, from the server: the pull feed's order is (transaction, sequence).
        item.Property(i => i.Transaction).HasColumnType("xid8").HasDefaultValueSql("pg_current_xact_id()").ValueGeneratedOnAdd();
        item.HasIndex(i => new { i.Recipient, i.Transaction, i.Sequence });
        item.HasIndex(i => new { i.SourceEventId, i.Recipient, i.Type }).IsUnique();
        item.Property(i => i.Recipient).HasMaxLength(40);
        item.Property(i => i.Type).HasMaxLength(100);
        item.Property(i => i.Subject).HasMaxLength(100);
        item.Property(i => i.Partnership).HasMaxLength(100);
        item.Property(i => i.Data).HasColumnType("jsonb");
    }
}

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

internal sealed class FeedReaderConfiguration : IEntityTypeConfiguration<FeedReader>
{
    public void Configure(EntityTypeBuilder<FeedReader> reader)
    {
        reader.ToTable("feed_readers");
        reader.HasKey(r => r.Recipient);
        reader.Property(r => r.Recipient).HasMaxLength(40);
        reader.Ignore(r => r.Read);
        reader.Property(r => r.Version).IsRowVersion();
    }
}
