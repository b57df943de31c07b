using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Model.Publication>
{
    public void Configure(EntityTypeBuilder<Model.Publication> publication)
    {
        publication.ToTable("publications");
        publication.HasKey(p => p.Id);
        // One publication per review, however often its acceptance is delivered.
        publication.HasIndex(p => p.ReviewId).IsUnique();
        publication.HasIndex(p => new { p.Partnership, p.Status });
        publication.Property(p => p.Partnership).HasMaxLength(100);
        publication.Property(p => p.ReviewType).HasMaxLength(100);
        publication.Property(p => p.Status).HasMaxLength(20);
        publication.Property(p => p.ScheduledBy).HasMaxLength(200);
        publication.Property(p => p.Version).IsRowVersion();
        publication.Ignore(p => p.CurrentReport);
        publication.Ignore(p => p.CurrentHits);
        publication.Ignore(p => p.UnresolvedHits);
        publication.OwnsMany(p => p.Reports, x => x.ToJson());
        publication.OwnsMany(p => p.Identifiers, x => x.ToJson());
        publication.OwnsMany(p => p.Hits, x => { x.ToJson(); x.Ignore(h => h.Resolved); });
        publication.Property(p => p.PublishedBy).HasMaxLength(200);
        publication.OwnsMany(p => p.Delays, x => x.ToJson());
        publication.OwnsOne(p => p.Register, x => x.ToJson());
        publication.OwnsOne(p => p.NotPublishing, x => x.ToJson());
        publication.Ignore(p => p.CurrentSubmission);
        publication.Ignore(p => p.AwaitingAcknowledgement);
        publication.OwnsMany(p => p.Submissions, x => { x.ToJson(); x.OwnsMany(s => s.Acknowledgements); });
    }
}
