using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Messaging;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.Publication.Api.Feeds;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.Publication.Api.IntegrationEvents.EventHandling;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<PublicationDbContext>("publicationdb");
        builder.Services.AddMigration<PublicationDbContext>();
        builder.Services.AddAuditTrail<PublicationDbContext>("publication");
        builder.AddMessagingClient("messaging");
        // One event at a time, in the order published: each subject's feed items (a notification made,
        // then amended, then withdrawn) keep the order in which they happened, unless an event waited
        // for another service past EventBus:WaitInPlace and went to the back of the queue.
        builder.AddEventBus<PublicationDbContext>("publication", options => options.ConsumerConcurrency = 1)
            .AddSubscription<CaseReviewReportAcceptedIntegrationEvent, ReviewReportAcceptedIntegrationEventHandler>()
            .AddSubscription<HistoryImportTakenIntegrationEvent, Safeguarding.Publication.Api.Imports.HistoryImportTakenIntegrationEventHandler>()
            .AddFeeds();
        builder.AddFeedDelivery();
        builder.Services.AddStatutoryCalendar(builder.Configuration);
        // The anonymisation check reads the case's identifying details from the notification service.
        builder.AddServiceGrpcClient<NotificationQueries.NotificationQueriesClient>("notification");
        // The national panel's feed carries each submitted rapid review's report, read from the rapid-review service.
        builder.AddServiceGrpcClient<Safeguarding.Contracts.Reviews.V1.ReviewQueries.ReviewQueriesClient>("rapid-review");
        // The yearly report counts every service's part of the partnership's work.
        builder.AddServiceGrpcClient<Safeguarding.Contracts.Actions.V1.ActionPlanQueries.ActionPlanQueriesClient>("learning-action");
        builder.AddSafeguardingAuthentication();
        builder.Services.AddSafeguardingOpenApi(builder.Configuration);
        builder.Services.AddValidation();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PublicationServices>();
        builder.Services.AddScoped<Safeguarding.Publication.Api.Reporting.YearlyReportSources>();
        builder.Services.AddScoped<Safeguarding.Publication.Api.Benchmarks.BenchmarkSources>();
    }
}
