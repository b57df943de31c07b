using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.IntegrationEvents.EventHandling;
using Safeguarding.Statutory;

using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<RapidReviewDbContext>("rapidreviewdb");
        builder.Services.AddMigration<RapidReviewDbContext>();
        builder.Services.AddAuditTrail<RapidReviewDbContext>("rapid-review");
        builder.AddMessagingClient("messaging");
        builder.AddEventBus<RapidReviewDbContext>("rapid-review")
            .AddSubscription<SeriousIncidentNotifiedIntegrationEvent, SeriousIncidentNotifiedIntegrationEventHandler>()
            .AddSubscription<NotificationWithdrawnIntegrationEvent, NotificationWithdrawnIntegrationEventHandler>()
            .AddSubscription<HistoryImportedIntegrationEvent, HistoryImportedIntegrationEventHandler>();
        builder.Services.AddStatutoryCalendar(builder.Configuration);
        builder.Services.AddGaugeSampler<RapidReviewGauges>();
        builder.Services.AddOptions<ContributionChasingOptions>().Bind(builder.Configuration.GetSection("RapidReview:Chasing"))
            .Validate(o => o.Interval > TimeSpan.Zero && o.ReminderWorkingDays is >= 0 and <= 15, "RapidReview:Chasing needs a positive Interval and ReminderWorkingDays from 0 to 15.")
            .ValidateOnStart();
        builder.Services.AddHostedService<ContributionChaser>();
        builder.Services.AddOptions<RapidReviewOptions>()
            .Bind(builder.Configuration.GetSection("RapidReview"))
            .Validate(options => { options.Validate(); return true; })
            .ValidateOnStart();
        builder.AddServiceGrpcClient<NotificationQueries.NotificationQueriesClient>("notification");
        builder.Services.AddGrpc();
        builder.AddSafeguardingAuthentication();
        builder.Services.AddSafeguardingOpenApi(builder.Configuration);
        builder.Services.AddValidation();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Safeguarding.RapidReview.Api.Apis.RapidReviewServices>();
    }
}
