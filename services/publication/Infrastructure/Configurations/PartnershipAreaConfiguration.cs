using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class PartnershipAreaConfiguration : IEntityTypeConfiguration<PartnershipArea>
{
    public void Configure(EntityTypeBuilder<PartnershipArea> area)
    {
        area.ToTable("partnership_areas");
        area.HasKey(a => new { a.Partnership, a.AreaCode });
        area.Property(a => a.Partnership).HasMaxLength(100);
        area.Property(a => a.AreaCode).HasMaxLength(9);
    }
}
