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

    public DbSet<LearningEvent> LearningEvents => Set<LearningEvent>();

    public DbSet<ImpactEvidence> ImpactEvidence => Set<ImpactEvidence>();

    public DbSet<RapidReviewLearning> RapidReviewLearning => Set<RapidReviewLearning>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LearningActionDbContext).Assembly);
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.UseSnakeCaseNames();
    }
}
