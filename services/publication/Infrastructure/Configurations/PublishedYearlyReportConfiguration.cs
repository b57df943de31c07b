using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class PublishedYearlyReportConfiguration : IEntityTypeConfiguration<PublishedYearlyReport>
{
    public void Configure(EntityTypeBuilder<PublishedYearlyReport> report)
    {
        report.ToTable("published_yearly_reports");
        report.HasKey(r => r.Id);
        // Two publications of one period at once: one of them is refused as a conflict.
        report.HasIndex(r => new { r.Partnership, r.From, r.To, r.Version }).IsUnique();
        report.Property(r => r.Partnership).HasMaxLength(100);
        report.Property(r => r.PublishedBy).HasMaxLength(200);
        report.Property(r => r.Figures).HasColumnType("jsonb");
    }
}
