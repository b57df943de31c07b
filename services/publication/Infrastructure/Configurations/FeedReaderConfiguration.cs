using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Feeds;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

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
