using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure.Configurations;

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> action)
    {
        action.ToTable("actions");
        action.HasKey(a => a.Id);
        action.HasIndex(a => new { a.Partnership, a.LeadAgency, a.Status });
        action.HasIndex(a => new { a.Status, a.DueOn });
        action.HasIndex(a => a.RecommendationId);
        action.Property(a => a.Partnership).HasMaxLength(100);
        action.Property(a => a.Source).HasMaxLength(30);
        action.Property(a => a.SourceReference).HasMaxLength(200);
        action.Property(a => a.LeadAgency).HasMaxLength(200);
        action.Property(a => a.RaisedBy).HasMaxLength(200);
        action.Property(a => a.Status).HasConversion(s => ActionStatusNames.Of(s), s => ActionStatusNames.ByName[s]).HasMaxLength(20);
        action.Property(a => a.Version).IsRowVersion();
        action.Ignore(a => a.IsOpen);
        action.Ignore(a => a.EscalationLevel);
        action.OwnsMany(a => a.Notes, x => x.ToJson());
        action.OwnsMany(a => a.Evidence, x => x.ToJson());
        action.OwnsMany(a => a.SignOffDecisions, x => x.ToJson());
        action.OwnsMany(a => a.Chases, x => x.ToJson());
    }
}
