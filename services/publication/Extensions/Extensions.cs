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
        builder.AddEventBus<PublicationDbContext>("publication")
            .AddSubscription<CaseReviewReportAcceptedIntegrationEvent, ReviewReportAcceptedIntegrationEventHandler>()
            .AddFeeds();
        builder.AddFeedDelivery();
        builder.Services.AddStatutoryCalendar(builder.Configuration);
        // The anonymisation check reads the case's identifying details from the notification service.
        builder.AddServiceGrpcClient<NotificationQueries.NotificationQueriesClient>("notification");
        builder.AddSafeguardingAuthentication();
        builder.Services.AddSafeguardingOpenApi(builder.Configuration);
        builder.Services.AddValidation();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PublicationServices>();
    }
}
