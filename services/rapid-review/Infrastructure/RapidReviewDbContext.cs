using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure;

public sealed class RapidReviewDbContext(DbContextOptions<RapidReviewDbContext> options) : DbContext(options)
{
    public DbSet<Model.RapidReview> RapidReviews => Set<Model.RapidReview>();

    public DbSet<CaseReview> CaseReviews => Set<CaseReview>();

    public DbSet<ImportedReview> ImportedReviews => Set<ImportedReview>();

    public DbSet<WithdrawnNotification> WithdrawnNotifications => Set<WithdrawnNotification>();

    public DbSet<MeetingPaperContent> MeetingPaperContents => Set<MeetingPaperContent>();

    /// <summary>
    /// Saves the review's own row with the step, whatever the step changed, so that its version is
    /// checked: a change only to rows the review owns in other tables (milestones, contribution
    /// requests) would otherwise not notice a concurrent change to the review.
    /// </summary>
    public void CheckConcurrency(Model.RapidReview review) => Entry(review).Property(r => r.Status).IsModified = true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RapidReviewDbContext).Assembly);
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.UseSnakeCaseNames();
    }
}
