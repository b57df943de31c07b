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
