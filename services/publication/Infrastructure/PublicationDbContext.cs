using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.Publication.Api.Infrastructure;

public sealed class PublicationDbContext(DbContextOptions<PublicationDbContext> options) : DbContext(options)
{
    public DbSet<Model.Publication> Publications => Set<Model.Publication>();

    public DbSet<ReportDocument> ReportDocuments => Set<ReportDocument>();

    public DbSet<Feeds.FeedItem> FeedItems => Set<Feeds.FeedItem>();

    public DbSet<Feeds.FeedSubscription> FeedSubscriptions => Set<Feeds.FeedSubscription>();

    public DbSet<Feeds.FeedDelivery> FeedDeliveries => Set<Feeds.FeedDelivery>();

    public DbSet<Feeds.FeedReader> FeedReaders => Set<Feeds.FeedReader>();

    public DbSet<Model.PublishedYearlyReport> PublishedYearlyReports => Set<Model.PublishedYearlyReport>();

    public DbSet<Model.ChildPopulation> ChildPopulations => Set<Model.ChildPopulation>();

    public DbSet<Model.PartnershipArea> PartnershipAreas => Set<Model.PartnershipArea>();

    public DbSet<Model.HistoryImport> HistoryImports => Set<Model.HistoryImport>();

    public DbSet<Model.RegisterCase> RegisterCases => Set<Model.RegisterCase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PublicationDbContext).Assembly);
        modelBuilder.AddMessaging();
        modelBuilder.AddAuditTrail();
        modelBuilder.UseSnakeCaseNames();
    }
}
