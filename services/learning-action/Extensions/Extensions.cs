using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.LearningAction.Api.Apis;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.IntegrationEvents.EventHandling;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<LearningActionDbContext>("learningactiondb");
        builder.Services.AddMigration<LearningActionDbContext>();
        builder.Services.AddAuditTrail<LearningActionDbContext>("learning-action");
        builder.AddMessagingClient("messaging");
        builder.AddEventBus<LearningActionDbContext>("learning-action")
            .AddSubscription<CaseReviewReportAcceptedIntegrationEvent, ReviewReportAcceptedIntegrationEventHandler>()
            .AddSubscription<RapidReviewDecidedIntegrationEvent, RapidReviewDecidedIntegrationEventHandler>();
        builder.Services.AddStatutoryCalendar(builder.Configuration);
        builder.Services.AddOptions<LearningActionOptions>()
            .Bind(builder.Configuration.GetSection("LearningAction"))
            .Validate(options => { options.Validate(); return true; })
            .ValidateOnStart();
        builder.Services.AddHostedService<ActionChaser>();
        builder.Services.AddGrpc();
        builder.AddSafeguardingAuthentication();
        builder.Services.AddSafeguardingOpenApi(builder.Configuration);
        builder.Services.AddValidation();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<LearningActionServices>();
    }
}
