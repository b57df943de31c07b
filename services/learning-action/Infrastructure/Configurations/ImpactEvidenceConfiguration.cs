using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure.Configurations;

internal sealed class ImpactEvidenceConfiguration : IEntityTypeConfiguration<ImpactEvidence>
{
    public void Configure(EntityTypeBuilder<ImpactEvidence> evidence)
    {
        evidence.ToTable("impact_evidence");
        evidence.HasKey(e => e.Id);
        evidence.HasIndex(e => new { e.Partnership, e.Agency, e.On });
        evidence.HasIndex(e => e.ActionId);
        evidence.Property(e => e.Partnership).HasMaxLength(100);
        evidence.Property(e => e.Agency).HasMaxLength(200);
        evidence.Property(e => e.Kind).HasMaxLength(30);
        evidence.Property(e => e.Summary).HasMaxLength(10_000);
        evidence.Property(e => e.RecordedBy).HasMaxLength(200);
    }
}
