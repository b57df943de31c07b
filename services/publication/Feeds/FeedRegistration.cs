using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

internal static class FeedRegistration
{
    /// <summary>Every platform event that leaves for the national bodies, consumed by the feeds.</summary>
    public static EventBusBuilder<PublicationDbContext> AddFeeds(this EventBusBuilder<PublicationDbContext> bus) => bus
        .AddSubscription<SeriousIncidentNotifiedIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<NotificationAmendedIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<NotificationWithdrawnIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<RapidReviewSubmittedIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<RapidReviewDecidedIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<FinalReportSentIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<ReviewPublishedIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<PublicationDelayedIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<DecisionNotToPublishIntegrationEvent, FeedEventHandlers>()
        .AddSubscription<YearlyReportPublishedIntegrationEvent, YearlyReportFeedHandler>();

    /// <summary>Writing, reading and pushing the feeds; the subscriptions the deployment declares.</summary>
    public static void AddFeedDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<FeedOptions>(builder.Configuration.GetSection("Feeds"));
        builder.Services.PostConfigure<FeedOptions>(o => o.PublicAddress ??= builder.Configuration["Identity:Issuer"]);
        builder.Services.AddScoped<FeedWriter>();
        builder.Services.AddScoped<FeedReading>();
        builder.Services.AddScoped<FeedAcknowledgements>();
        var timeout = builder.Configuration.GetValue<TimeSpan?>("Feeds:Timeout") ?? new FeedOptions().Timeout;
        var insecure = builder.Configuration.GetValue<bool>("Feeds:AllowInsecureEndpoints");
        // Retries are the dispatcher's own, on its schedule and recorded; a receiver's redirect is not
        // followed; names are not resolved by service discovery, and connect to public addresses only.
        builder.Services.AddHttpClient<WebhookSender>(WebhookSender.HttpClientName, http => http.Timeout = timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, UseProxy = false, ConnectCallback = FeedEndpoints.Connect(insecure),
            })
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                foreach (var platform in handlers.Where(h => h is Microsoft.Extensions.Http.Resilience.ResilienceHandler
                             || h.GetType().Namespace?.StartsWith("Microsoft.Extensions.ServiceDiscovery", StringComparison.Ordinal) == true).ToList())
                {
                    handlers.Remove(platform);
                }
            });
        builder.Services.AddHostedService<DeclaredSubscriptions>();
        builder.Services.AddHostedService<FeedDispatcher>();
        builder.Services.AddGaugeSampler<FeedGauges>();
    }
}
