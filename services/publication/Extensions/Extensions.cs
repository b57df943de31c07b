using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Messaging;
using Safeguarding.Publication.Api.Apis;
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
            .AddSubscription<CaseReviewReportAcceptedIntegrationEvent, ReviewReportAcceptedIntegrationEventHandler>();
        builder.Services.AddStatutoryCalendar(builder.Configuration);
        // The anonymisation check reads the case's identifying details from the notification service
        // (services:notification:grpc:0), with this service's own token.
        builder.AddServiceTokens();
        builder.Services.AddGrpcClient<NotificationQueries.NotificationQueriesClient>(o => o.Address = new Uri("http://_grpc.notification"))
            .AddCallCredentials(async (_, metadata, services) =>
                metadata.Add("Authorization", "Bearer " + await services.GetRequiredService<ServiceTokens>().GetAsync(CancellationToken.None)))
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
        builder.AddSafeguardingAuthentication();
        builder.Services.AddSafeguardingOpenApi(builder.Configuration);
        builder.Services.AddValidation();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PublicationServices>();
    }
}
