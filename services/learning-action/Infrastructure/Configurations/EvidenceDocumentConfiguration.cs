using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Safeguarding.LearningAction.Api.Infrastructure.Configurations;

internal sealed class EvidenceDocumentConfiguration : IEntityTypeConfiguration<EvidenceDocument>
{
    public void Configure(EntityTypeBuilder<EvidenceDocument> document)
    {
        document.ToTable("evidence_documents");
        document.HasKey(d => d.EvidenceId);
        document.HasIndex(d => d.ActionId);
    }
}
