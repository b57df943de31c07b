using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Infrastructure.Configurations;

internal sealed class HistoryImportConfiguration : IEntityTypeConfiguration<HistoryImport>
{
    public void Configure(EntityTypeBuilder<HistoryImport> import)
    {
        import.ToTable("history_imports");
        import.HasKey(i => i.Id);
        import.HasIndex(i => new { i.Partnership, i.ImportedAt });
        import.Property(i => i.Partnership).HasMaxLength(100);
        import.Property(i => i.ImportedBy).HasMaxLength(200);
        import.Ignore(i => i.Unchanged);
        import.Ignore(i => i.Complete);
    }
}
