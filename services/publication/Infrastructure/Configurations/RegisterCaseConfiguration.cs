using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class RegisterCaseConfiguration : IEntityTypeConfiguration<RegisterCase>
{
    public void Configure(EntityTypeBuilder<RegisterCase> registerCase)
    {
        registerCase.ToTable("register_cases");
        registerCase.HasKey(c => new { c.Partnership, c.Reference });
        registerCase.Property(c => c.Partnership).HasMaxLength(100);
        registerCase.Property(c => c.Reference).HasMaxLength(40);
        registerCase.Property(c => c.Version).IsRowVersion();
    }
}
