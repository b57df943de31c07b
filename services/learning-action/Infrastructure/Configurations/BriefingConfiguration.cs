using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure.Configurations;

internal sealed class BriefingConfiguration : IEntityTypeConfiguration<Briefing>
{
    public void Configure(EntityTypeBuilder<Briefing> briefing)
    {
        briefing.ToTable("briefings");
        briefing.HasKey(b => b.Id);
        briefing.HasIndex(b => new { b.Partnership, b.Status });
        briefing.HasIndex(b => new { b.Status, b.PublishedOn });
        briefing.Property(b => b.Partnership).HasMaxLength(100);
        briefing.Property(b => b.Title).HasMaxLength(300);
        briefing.Property(b => b.Format).HasMaxLength(20);
        briefing.Property(b => b.Theme).HasMaxLength(200);
        briefing.Property(b => b.Status).HasMaxLength(20);
        briefing.Property(b => b.DraftedBy).HasMaxLength(200);
        briefing.Property(b => b.ApprovedBy).HasMaxLength(200);
        briefing.Property(b => b.Version).IsRowVersion();
        briefing.Ignore(b => b.Gaps);
        briefing.OwnsMany(b => b.Sections, x => x.ToJson());
        briefing.OwnsMany(b => b.Disseminations, x => x.ToJson());
        briefing.OwnsMany(b => b.Chases, x => x.ToJson());
    }
}
