using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Notification.Api.IntegrationEvents;
using Safeguarding.Notification.Api.Apis;
using Safeguarding.Notification.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<NotificationDbContext>("notificationdb");
        builder.Services.AddMigration<NotificationDbContext>();
        builder.Services.AddAuditTrail<NotificationDbContext>("notification");
        builder.AddMessagingClient("messaging");
        builder.AddEventBus<NotificationDbContext>("notification")
            .AddSubscription<HistoryImportedIntegrationEvent, HistoryImportedIntegrationEventHandler>();
        builder.Services.AddStatutoryCalendar(builder.Configuration);
        builder.Services.AddGrpc();
        builder.AddSafeguardingAuthentication();
        builder.Services.AddSafeguardingOpenApi(builder.Configuration);
        builder.Services.AddValidation();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<NotificationServices>();
    }
}
