using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.LearningAction.Api.Infrastructure;

public sealed class LearningActionDbContext(DbContextOptions<LearningActionDbContext> options) : DbContext(options)
{
    public DbSet<PlanRecommendation> Recommendations => Set<PlanRecommendation>();

    public DbSet<PlanAction> Actions => Set<PlanAction>();

    public DbSet<EvidenceDocument> EvidenceDocuments => Set<EvidenceDocument>();

    public DbSet<Briefing> Briefings => Set<Briefing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlanRecommendation>(recommendation =>
        {
            recommendation.ToTable("plan_recommendations");
            recommendation.HasKey(r => r.Id);
            // An accepted report opens its entries once, however often its event arrives.
            recommendation.HasIndex(r => new { r.ReviewId, r.Code }).IsUnique();
            recommendation.HasIndex(r => new { r.Partnership, r.AcceptedOn });
            recommendation.Property(r => r.Partnership).HasMaxLength(100);
            recommendation.Property(r => r.ReviewType).HasMaxLength(60);
            recommendation.Property(r => r.Code).HasMaxLength(20);
        });
        modelBuilder.Entity<PlanAction>(action =>
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
        });
        modelBuilder.Entity<EvidenceDocument>(document =>
        {
            document.ToTable("evidence_documents");
            document.HasKey(d => d.EvidenceId);
            document.HasIndex(d => d.ActionId);
        });
        modelBuilder.Entity<Briefing>(briefing =>
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
        });
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.UseSnakeCaseNames();
    }
}
