using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class ChildPopulationConfiguration : IEntityTypeConfiguration<ChildPopulation>
{
    public void Configure(EntityTypeBuilder<ChildPopulation> population)
    {
        population.ToTable("child_populations");
        population.HasKey(p => new { p.AreaCode, p.Year });
        population.Property(p => p.AreaCode).HasMaxLength(9);
        population.Property(p => p.AreaName).HasMaxLength(200);
    }
}
