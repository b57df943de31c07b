using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class ReportDocumentConfiguration : IEntityTypeConfiguration<ReportDocument>
{
    public void Configure(EntityTypeBuilder<ReportDocument> document)
    {
        document.ToTable("report_documents");
        document.HasKey(d => new { d.PublicationId, d.Version });
    }
}
